import CRdKafka

/// A message's key or value: bytes of its own, or bytes still in the librdkafka message it was read from.
///
/// A stage runner reads its inputs borrowed: the bytes stay in librdkafka's fetch buffer, with no copy into
/// an array, until the last value pointing into them is gone; a relay hands them back to librdkafka for its
/// output the same way (librdkafka copies what it produces). `ConsumedMessage.value` and
/// `ProducerRecord.value` still give an array (a copy when borrowed), so handlers written for arrays work as
/// they did; the runner's own paths (digests, sizes, producing) read the bytes in place.
public struct KafkaBytes: @unchecked Sendable {
    // @unchecked: the borrowed bytes are never written, and the owner keeps them alive and is immutable.
    private enum Storage {
        case owned([UInt8])
        case borrowed(BorrowedMessages, UnsafeRawBufferPointer)
    }

    private let storage: Storage

    public init(_ bytes: [UInt8]) {
        storage = .owned(bytes)
    }

    /// Bytes inside a message `owner` keeps alive.
    init(borrowing bytes: UnsafeRawBufferPointer, from owner: BorrowedMessages) {
        storage = .borrowed(owner, bytes)
    }

    /// The bytes as an array: the array itself when owned, a copy when borrowed.
    public var array: [UInt8] {
        switch storage {
        case .owned(let bytes): bytes
        case .borrowed(_, let bytes): Array(bytes)
        }
    }

    public var count: Int {
        switch storage {
        case .owned(let bytes): bytes.count
        case .borrowed(_, let bytes): bytes.count
        }
    }

    public var isEmpty: Bool { count == 0 }

    /// Whether the bytes are still in the librdkafka message they were read from.
    public var isBorrowed: Bool {
        if case .borrowed = storage { true } else { false }
    }

    /// The bytes, in place, for the call.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch storage {
        case .owned(let bytes): try bytes.withUnsafeBytes(body)
        case .borrowed(let owner, let bytes): try withExtendedLifetime(owner) { try body(bytes) }
        }
    }
}

extension KafkaBytes: Hashable {
    /// Equal when the bytes are, wherever they are kept.
    public static func == (left: KafkaBytes, right: KafkaBytes) -> Bool {
        left.withUnsafeBytes { left in right.withUnsafeBytes { right in left.elementsEqual(right) } }
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: bytes)
        }
    }
}

extension KafkaBytes: ExpressibleByArrayLiteral {
    public init(arrayLiteral bytes: UInt8...) {
        self.init(bytes)
    }
}

/// librdkafka messages whose keys and values are borrowed, destroyed together once the last of them is no
/// longer referenced. It keeps the client they came from alive: librdkafka's messages must not outlive it.
final class BorrowedMessages: @unchecked Sendable {
    // @unchecked: set once at creation; librdkafka's message destroy may run on any thread.
    private let messages: [UnsafeMutablePointer<rd_kafka_message_t>]
    private let client: KafkaClient

    init(_ messages: [UnsafeMutablePointer<rd_kafka_message_t>], client: KafkaClient) {
        self.messages = messages
        self.client = client
    }

    deinit {
        for message in messages { rd_kafka_message_destroy(message) }
    }
}
