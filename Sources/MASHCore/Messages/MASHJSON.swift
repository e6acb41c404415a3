import Foundation

/// The one JSON form every message takes: compact, keys in declaration order, `/` not escaped, absent
/// optionals omitted (never `null`). The same value always encodes to the same bytes, so a replay is
/// byte-identical apart from its processing timestamps.
public enum MASHJSON {
    /// The decoder every message is read with (see `StreamingJSONDecoder` for where it is stricter than
    /// Foundation's).
    public static let decoder = StreamingJSONDecoder()

    /// Encodes a message in the canonical form.
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        Data(try StreamingJSONEncoder().encode(value))
    }

    /// Encodes a message in the canonical form, as bytes for a Kafka record.
    public static func encodeBytes<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        try StreamingJSONEncoder().encode(value)
    }

    /// Decodes a message.
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        try decoder.decode(type, from: data)
    }

    /// Decodes a message from a Kafka record's bytes (no copy into `Data` first).
    public static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        try decoder.decode(type, from: bytes)
    }
}
