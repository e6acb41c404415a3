import MASHCore

/// A table keyed by a code (a concern category, a risk flag), written in JSON or YAML as a map from the
/// code's text to the value, e.g. `{"domestic-abuse": 3, "neglect": 3}`.
///
/// Decoding rejects a key that is not a known code, so a typo in a policy file fails loudly instead of
/// silently leaving the code out. Encoding lists codes in their declaration order.
public struct CodeTable<Code, Value>: Sendable, Hashable
where Code: RawRepresentable & CaseIterable & Hashable & Sendable, Code.RawValue == String,
      Value: Codable & Sendable & Hashable {
    /// The entries.
    public var entries: [Code: Value]

    /// A table of these entries.
    public init(_ entries: [Code: Value]) {
        self.entries = entries
    }

    /// The value for `code`, if the table lists it.
    public subscript(code: Code) -> Value? {
        entries[code]
    }
}

extension CodeTable: Codable {
    private struct CodeKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodeKey.self)
        var entries: [Code: Value] = [:]
        for key in container.allKeys {
            guard let code = Code(rawValue: key.stringValue) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "\"\(key.stringValue.prefix(64))\" is not a known code"
                )
            }
            entries[code] = try container.decode(Value.self, forKey: key)
        }
        self.entries = entries
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodeKey.self)
        for code in Code.allCases {
            if let value = entries[code] { try container.encode(value, forKey: CodeKey(stringValue: code.rawValue)) }
        }
    }
}
