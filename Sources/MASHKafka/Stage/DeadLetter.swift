import MASHCore
import Foundation

/// A message a stage could not process: why, where it came from, and its original bytes.
public struct DeadLetter: Codable, Sendable, Equatable {
    /// Where the message was read (or, for one refused before reaching a topic, where it was going).
    public struct Source: Codable, Sendable, Equatable {
        public var topic: String
        /// Absent when the message was refused before it reached the topic.
        public var partition: Int32?
        public var offset: Int64?
        /// The message key as text, when it was valid UTF-8; its first `DeadLetter.keyLimit` bytes when longer.
        public var key: String?
        /// Size of the whole key, in bytes, when it was cut.
        public var keySize: Int?
        /// SHA-256 of the whole key, hex, when it was cut.
        public var keySha256: String?
    }

    /// The original message bytes, base64, cut to `DeadLetter.originalLimit` so the record itself always fits.
    public struct Original: Codable, Sendable, Equatable {
        public var encoding: String
        public var data: String
        /// Size of the whole original, in bytes.
        public var size: Int
        public var truncated: Bool
        /// SHA-256 of the whole original, hex.
        public var sha256: String
        /// Set when the bytes are not copied here (the input carries records that must stay in the hub):
        /// they stay on the source topic at the source offset.
        public var withheld: Bool?
    }

    public static let schemaVersion = "mash.dead-letter/1"
    /// Most original bytes a dead letter keeps: 64 KiB, enough to see what was wrong, small enough that a
    /// burst of huge inputs cannot crowd a dead-letter partition (the embedded broker keeps about 5 MB each).
    public static let originalLimit = 64 * 1024
    /// Most key bytes a dead letter repeats (in its source and as its own key): a key of hundreds of kilobytes
    /// would make the letter itself undeliverable and wedge the partition.
    public static let keyLimit = 256

    public var schema: String
    public var reason: String
    public var stage: String
    public var source: Source
    public var deadLetteredAt: String
    public var original: Original

    /// A message read from a topic; `keepingBytes` false records only its size and digest.
    public init(reason: String, stage: String, message: ConsumedMessage, keepingBytes: Bool = true, at date: Date = Date()) {
        var source = Source(topic: message.topic, partition: message.partition, offset: message.offset, key: message.keyString)
        if let key = message.key, key.count > Self.keyLimit {
            source.key = String(decoding: key.prefix(Self.keyLimit), as: UTF8.self)
            source.keySize = key.count
            source.keySha256 = SHA256.hex(key)
        }
        self.init(reason: reason, stage: stage, value: message.value, keepingBytes: keepingBytes, at: date, source: source)
    }

    /// The Kafka key of the letter for an input keyed `key`: the key itself, or for one longer than
    /// `keyLimit` "sha256:" and its digest.
    public static func letterKey(for key: [UInt8]) -> [UInt8] {
        key.count <= keyLimit ? key : Array(("sha256:" + SHA256.hex(key)).utf8)
    }

    /// A message refused before it reached `topic`.
    public init(reason: String, stage: String, refused value: [UInt8], meantFor topic: String, at date: Date = Date()) {
        self.init(reason: reason, stage: stage, value: value, keepingBytes: true, at: date, source: Source(topic: topic))
    }

    private init(reason: String, stage: String, value: [UInt8], keepingBytes: Bool, at date: Date, source: Source) {
        schema = Self.schemaVersion
        self.reason = reason
        self.stage = stage
        self.source = source
        deadLetteredAt = date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
        let kept = keepingBytes ? value.prefix(Self.originalLimit) : []
        original = Original(
            encoding: "base64",
            data: Data(kept).base64EncodedString(),
            size: value.count,
            truncated: kept.count < value.count,
            sha256: SHA256.hex(value),
            withheld: keepingBytes ? nil : true
        )
    }

    /// The dead letter as JSON for its topic.
    public var encoded: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        // Plain strings and integers always encode.
        return (try? encoder.encode(self)).map(Array.init) ?? []
    }

    /// The original bytes kept (all of them unless `original.truncated`).
    public var originalBytes: [UInt8] {
        Data(base64Encoded: original.data).map { Array($0) } ?? []
    }
}
