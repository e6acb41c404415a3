/// A message's key and value, wherever they are kept (`KafkaBytes`), and as arrays.
public protocol KafkaKeyValue {
    var keyBytes: KafkaBytes? { get set }
    var valueBytes: KafkaBytes { get set }
}

extension KafkaKeyValue {
    /// The key as an array (a copy when borrowed).
    public var key: [UInt8]? {
        get { keyBytes?.array }
        set { keyBytes = newValue.map(KafkaBytes.init) }
    }

    /// The value as an array (a copy when borrowed).
    public var value: [UInt8] {
        get { valueBytes.array }
        set { valueBytes = KafkaBytes(newValue) }
    }
}

/// One message header.
public struct KafkaHeader: Sendable, Hashable {
    public var name: String
    public var value: [UInt8]

    public init(name: String, value: [UInt8]) {
        self.name = name
        self.value = value
    }

    public init(name: String, string: String) {
        self.init(name: name, value: Array(string.utf8))
    }

    /// The value as UTF-8 text, when it is.
    public var stringValue: String? { String(validating: value, as: UTF8.self) }
}

/// A message to produce.
public struct ProducerRecord: KafkaKeyValue, Sendable, Hashable {
    public var topic: String
    /// Explicit partition, or nil to let the key choose it.
    public var partition: Int32?
    /// The key, wherever it is kept (an input's borrowed key passes through without a copy).
    public var keyBytes: KafkaBytes?
    /// The value, wherever it is kept.
    public var valueBytes: KafkaBytes
    public var headers: [KafkaHeader]

    public init(topic: String, partition: Int32? = nil, key: [UInt8]?, value: [UInt8], headers: [KafkaHeader] = []) {
        self.init(topic: topic, partition: partition, keyBytes: key.map(KafkaBytes.init), valueBytes: KafkaBytes(value), headers: headers)
    }

    public init(topic: String, partition: Int32? = nil, keyBytes: KafkaBytes?, valueBytes: KafkaBytes, headers: [KafkaHeader] = []) {
        self.topic = topic
        self.partition = partition
        self.keyBytes = keyBytes
        self.valueBytes = valueBytes
        self.headers = headers
    }

    public init(topic: String, key: String?, value: [UInt8], headers: [KafkaHeader] = []) {
        self.init(topic: topic, key: key.map { Array($0.utf8) }, value: value, headers: headers)
    }
}

/// A message read from a topic.
public struct ConsumedMessage: KafkaKeyValue, Sendable, Hashable {
    public var topic: String
    public var partition: Int32
    public var offset: Int64
    /// The key, wherever it is kept: a stage runner's inputs are borrowed from librdkafka (`KafkaBytes`).
    public var keyBytes: KafkaBytes?
    /// The value, wherever it is kept.
    public var valueBytes: KafkaBytes
    public var headers: [KafkaHeader]
    /// The message's timestamp, milliseconds since 1970, or nil when the broker gave none.
    public var timestampMilliseconds: Int64?

    public init(
        topic: String, partition: Int32, offset: Int64, key: [UInt8]?, value: [UInt8],
        headers: [KafkaHeader] = [], timestampMilliseconds: Int64? = nil
    ) {
        self.init(topic: topic, partition: partition, offset: offset, keyBytes: key.map(KafkaBytes.init), valueBytes: KafkaBytes(value),
                  headers: headers, timestampMilliseconds: timestampMilliseconds)
    }

    init(
        topic: String, partition: Int32, offset: Int64, keyBytes: KafkaBytes?, valueBytes: KafkaBytes,
        headers: [KafkaHeader], timestampMilliseconds: Int64?
    ) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.keyBytes = keyBytes
        self.valueBytes = valueBytes
        self.headers = headers
        self.timestampMilliseconds = timestampMilliseconds
    }

    /// The last header with this name.
    public func header(_ name: String) -> KafkaHeader? {
        headers.last { $0.name == name }
    }

    /// The key as UTF-8 text, when it is.
    public var keyString: String? { key.flatMap { String(validating: $0, as: UTF8.self) } }
}

/// A partition of a topic.
public struct TopicPartition: Sendable, Hashable, CustomStringConvertible {
    public var topic: String
    public var partition: Int32

    public init(topic: String, partition: Int32) {
        self.topic = topic
        self.partition = partition
    }

    public var description: String { "\(topic)[\(partition)]" }
}

extension TopicPartition: Comparable {
    /// By topic, then partition.
    public static func < (left: TopicPartition, right: TopicPartition) -> Bool {
        left.topic != right.topic ? left.topic < right.topic : left.partition < right.partition
    }
}
