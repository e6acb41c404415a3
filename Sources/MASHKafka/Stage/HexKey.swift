import MASHCore

/// 32 lowercase hex digits held inline, without a heap allocation: an input's idempotency key, an output's,
/// or a trace id. The stage runner makes three for every message it handles; as strings each was an
/// allocation (a string over 15 bytes lives on the heap), and each header value another.
struct HexKey: Equatable, Sendable, CustomStringConvertible {
    static let count = 32
    private var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The hex of the first 16 bytes of the hasher's digest; the hasher should not be used afterwards.
    init(digestOf hasher: inout SHA256) {
        withUnsafeMutableBytes(of: &digits) { out in hasher.finalizeHex(bytes: 16, into: out) }
    }

    /// The key written in `text`, when it is exactly 32 lowercase hex digits; nil for anything else.
    init?(text: UnsafeRawBufferPointer) {
        guard text.count == Self.count, text.allSatisfy(Self.isLowercaseHexDigit) else { return nil }
        withUnsafeMutableBytes(of: &digits) { out in out.copyMemory(from: text) }
    }

    /// `init(text:)` over 32 bytes already known to be lowercase hex digits.
    init(checkedDigits: some Collection<UInt8>) {
        precondition(checkedDigits.count == Self.count)
        withUnsafeMutableBytes(of: &digits) { out in out.copyBytes(from: checkedDigits) }
    }

    /// The 32 digits' UTF-8 bytes.
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try Swift.withUnsafeBytes(of: digits, body)
    }

    var description: String {
        withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    static func == (left: HexKey, right: HexKey) -> Bool {
        left.digits == right.digits
    }

    static func isLowercaseHexDigit(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...102).contains(byte)
    }
}

extension SHA256 {
    /// The key's 32 digits, as its text.
    mutating func update(_ key: HexKey) {
        key.withUnsafeBytes { update(bufferPointer: $0) }
    }

    /// A message's bytes, in place wherever they are kept.
    mutating func update(_ bytes: KafkaBytes) {
        bytes.withUnsafeBytes { update(bufferPointer: $0) }
    }
}

/// What the runner adds to every output it produces: its idempotency key and its trace, written as the
/// `mash-idempotency-key` and `traceparent` headers when the output is handed to librdkafka (straight from
/// here, not through header arrays made for each output).
struct OutputStamp: Sendable {
    /// The output's idempotency key.
    let key: HexKey
    /// The trace its input belongs to.
    let trace: HexKey

    /// `00-<trace id>-<the key's first 16 digits>-01`.
    static let traceparentCount = 55

    /// The two header values, key and traceparent, as bytes that live for the call.
    func withHeaderValues<R>(_ body: (_ key: UnsafeRawBufferPointer, _ traceparent: UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try key.withUnsafeBytes { key in
            try trace.withUnsafeBytes { trace in
                try withUnsafeTemporaryAllocation(byteCount: Self.traceparentCount, alignment: 1) { buffer in
                    let dash = UInt8(ascii: "-")
                    buffer[0] = UInt8(ascii: "0")
                    buffer[1] = UInt8(ascii: "0")
                    buffer[2] = dash
                    UnsafeMutableRawBufferPointer(rebasing: buffer[3..<35]).copyMemory(from: trace)
                    buffer[35] = dash
                    UnsafeMutableRawBufferPointer(rebasing: buffer[36..<52]).copyMemory(from: UnsafeRawBufferPointer(rebasing: key[0..<16]))
                    buffer[52] = dash
                    buffer[53] = UInt8(ascii: "0")
                    buffer[54] = UInt8(ascii: "1")
                    return try body(key, UnsafeRawBufferPointer(buffer))
                }
            }
        }
    }

    /// The two headers as the record carries them on the wire, for the paths that produce whole records
    /// (transactions) and for tests.
    var headers: [KafkaHeader] {
        withHeaderValues { key, traceparent in
            [KafkaHeader(name: IdempotencyKey.header, value: Array(key)), KafkaHeader(name: TraceContext.header, value: Array(traceparent))]
        }
    }
}
