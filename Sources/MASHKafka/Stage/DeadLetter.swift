import MASHCore
import Foundation

/// A message a stage could not process: why, where it came from, and its original bytes.
public struct DeadLetter: Codable, Sendable, Equatable {
    /// Where the message was read.
    public struct Source: Codable, Sendable, Equatable {
        public var topic: String
        public var partition: Int32
        public var offset: Int64
        /// The message key as text, when it was valid UTF-8.
        public var key: String?
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
    }

    public static let schemaVersion = "mash.dead-letter/1"
    /// Most original bytes a dead letter keeps: 256 KiB.
    public static let originalLimit = 256 * 1024

    public var schema: String
    public var reason: String
    public var stage: String
    public var source: Source
    public var deadLetteredAt: String
    public var original: Original

    public init(reason: String, stage: String, message: ConsumedMessage, at date: Date = Date()) {
        schema = Self.schemaVersion
        self.reason = reason
        self.stage = stage
        source = Source(topic: message.topic, partition: message.partition, offset: message.offset, key: message.keyString)
        deadLetteredAt = date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
        let kept = message.value.prefix(Self.originalLimit)
        original = Original(
            encoding: "base64",
            data: Data(kept).base64EncodedString(),
            size: message.value.count,
            truncated: kept.count < message.value.count,
            sha256: SHA256.hex(message.value)
        )
    }

    /// The original bytes kept (all of them unless `original.truncated`).
    public var originalBytes: [UInt8] {
        Data(base64Encoded: original.data).map { Array($0) } ?? []
    }
}
