import Foundation
import Yams

/// Decodes a Codable value from a YAML node tree, strictly: a value of the wrong shape is a typed
/// error at its coding path, a code outside its vocabulary is reported with the words it may be, and
/// every mapping key the value's types read is remembered so that `NodeKeyUse` can report the rest as
/// unknown keys.
struct NodeDecoder: Decoder {
    let node: Node
    let codingPath: [any CodingKey]
    let keyUse: NodeKeyUse

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: Node, codingPath: [any CodingKey] = [], keyUse: NodeKeyUse) {
        self.node = node
        self.codingPath = codingPath
        self.keyUse = keyUse
    }

    /// The value of type `type` at this node.
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if let vocabulary = type as? any PolicyVocabulary.Type { try check(vocabulary) }
        return try Value(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else { throw mismatch(expected: "a mapping of keys to values") }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(mapping: mapping, decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else { throw mismatch(expected: "a list") }
        return NodeUnkeyedContainer(nodes: Array(sequence), decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        NodeValueContainer(decoder: self)
    }

    /// A decoder for `child`, one key or position further down.
    func child(_ child: Node, key: any CodingKey) -> NodeDecoder {
        NodeDecoder(node: child, codingPath: codingPath + [key], keyUse: keyUse)
    }

    /// The text of a scalar, or a type mismatch naming what was expected.
    func scalarText(expected: String) throws -> String {
        guard case .scalar(let scalar) = node else { throw mismatch(expected: expected) }
        return scalar.string
    }

    /// A type mismatch at this node: what was expected, and what the node is.
    func mismatch(expected: String) -> DecodingError {
        .typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(Self.describe(node))"))
    }

    /// A value that has the right shape but is not allowed.
    func corrupted(_ message: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: message))
    }

    private func check(_ vocabulary: any PolicyVocabulary.Type) throws {
        guard case .scalar(let scalar) = node else { return }
        let words = vocabulary.vocabulary
        guard !words.contains(scalar.string) else { return }
        throw corrupted("\"\(scalar.string.prefix(64))\" is not a \(vocabulary.vocabularyName): expected one of \(words.joined(separator: ", "))")
    }

    /// Whether a node is YAML's null ("~", "null" or nothing at all).
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return NSNull.construct(from: scalar) != nil
    }

    /// How a node reads in an error: "a mapping", "a list", "nothing" or its quoted text.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar): isNull(node) ? "nothing" : "\"\(scalar.string.prefix(64))\""
        }
    }
}

/// The coding key of a list position, "Index n" as Foundation's decoders name it.
struct NodeIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
