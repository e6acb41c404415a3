import Foundation

/// The one JSON configuration every stage uses: compact, keys sorted, `/` not escaped,
/// absent optionals omitted (never `null`).
///
/// Keys are sorted because a replay must give identical bytes: Foundation's encoder on Linux writes a
/// keyed container's keys in hash order, which differs from one encoding to the next.
public enum MASHJSON {
    /// A shared encoder (JSONEncoder is thread-safe once configured).
    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    /// A shared decoder.
    public static let decoder = JSONDecoder()

    /// Encodes a message in the canonical form.
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        try encoder.encode(value)
    }

    /// Decodes a message.
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        try decoder.decode(type, from: data)
    }
}
