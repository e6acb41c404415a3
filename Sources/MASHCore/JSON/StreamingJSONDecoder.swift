import Foundation

/// Decodes `Decodable` values from JSON by reading them straight from a parsed `JSONDocument`: the
/// counterpart of `StreamingJSONEncoder`, about twice as fast as Foundation's `JSONDecoder` on the hub's
/// messages (which builds a dictionary, and a string per key, for every object; `mash bench pipeline`
/// prints both side by side). Decoding was the largest cost of the stages once encoding was made cheap.
///
/// It reads what Foundation's decoder reads, with the same errors (`DecodingError`, with the field's path),
/// and is stricter in two ways (see `JSONDocument`): trailing commas and keys named twice are refused.
/// Numbers decode to integer types only when they are whole and fit; no date, data or key strategies
/// (the hub's messages have none of those types).
public struct StreamingJSONDecoder: Sendable {
    /// Deepest nesting of arrays and objects read (1 for `{}`); deeper is a `JSONSyntaxError` of kind `tooDeep`.
    public let maximumDepth: Int

    /// `maximumDepth` 512 by default, Foundation's limit.
    public init(maximumDepth: Int = 512) {
        self.maximumDepth = maximumDepth
    }

    public func decode<Value: Decodable>(_ type: Value.Type, from bytes: UnsafeRawBufferPointer) throws -> Value {
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: bytes, maximumDepth: maximumDepth)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The given data was not valid JSON.", underlyingError: error))
        }
        return try withExtendedLifetime(document) {
            try JSONValueDecoder(document: document, index: 0, codingPath: []).decodeValue(Value.self)
        }
    }

    public func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        try bytes.withUnsafeBytes { try decode(type, from: $0) }
    }

    public func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        try data.withUnsafeBytes { try decode(type, from: $0) }
    }
}

/// The `Decoder` a value decodes itself from: one value of a document.
///
/// Its coding path, and its containers', is relative: it starts empty below each value a container decodes,
/// and an error thrown from there has the key or index it came through put in front of its path on the way
/// out. Paths are built only for errors, not as arrays for every value decoded.
///
/// Decoders and containers do not retain the document (counting references to it for every value decoded
/// cost a fifth of decoding): `StreamingJSONDecoder.decode` keeps it alive, and a value must not keep its
/// decoder past its `init(from:)`, which Codable does not allow anyway.
struct JSONValueDecoder: Decoder {
    unowned(unsafe) let document: JSONDocument
    let index: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var value: JSONDocument.Value { document[index] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard value.kind == .object else { throw mismatch([String: Any].self, "keyed decoding container") }
        return KeyedDecodingContainer(JSONKeyedDecodingContainer<Key>(document: document, object: index, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard value.kind == .array else { throw mismatch([Any].self, "unkeyed decoding container") }
        return JSONUnkeyedDecodingContainer(document: document, array: index, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        self
    }

    /// The error for a value of another kind than `type` (null: a value not found).
    func mismatch(_ type: Any.Type, _ what: String? = nil) -> DecodingError {
        if value.kind == .null {
            return .valueNotFound(type, .init(codingPath: codingPath, debugDescription: "Cannot get \(what ?? "value of type \(type)") -- found null value instead"))
        }
        let found = switch value.kind {
        case .object: "a dictionary"
        case .array: "an array"
        case .string: "a string"
        case .number: "number"
        case .true, .false: "bool"
        case .null: "null"
        }
        return .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "Expected to decode \(type) but found \(found) instead."))
    }

    /// Decodes this value as `Value`: JSON primitives read directly (the type compared, not cast), anything
    /// else by its own `init(from:)`.
    func decodeValue<Value: Decodable>(_ type: Value.Type) throws -> Value {
        func `is`<Primitive>(_ type: Primitive.Type) -> Bool { Value.self == Primitive.self }
        func cast<Primitive>(_ primitive: Primitive) -> Value { unsafeBitCast(primitive, to: Value.self) }
        if `is`(String.self) { return cast(try decode(String.self)) }
        if `is`(Int.self) { return cast(try decode(Int.self)) }
        if `is`(Bool.self) { return cast(try decode(Bool.self)) }
        if `is`(Double.self) { return cast(try decode(Double.self)) }
        if `is`(Int64.self) { return cast(try decode(Int64.self)) }
        return try Value(from: self)
    }

    /// Decodes the value at `index` of the document, putting `key` in front of the path of any error.
    static func decode<Value: Decodable>(_ type: Value.Type, document: JSONDocument, index: Int, key: any CodingKey) throws -> Value {
        do {
            return try JSONValueDecoder(document: document, index: index, codingPath: []).decodeValue(type)
        } catch let error as DecodingError {
            throw error.prefixed(by: key)
        }
    }
}

extension JSONValueDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool {
        value.kind == .null
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        switch value.kind {
        case .true: true
        case .false: false
        default: throw mismatch(type)
        }
    }

    func decode(_ type: String.Type) throws -> String {
        let value = self.value
        guard value.kind == .string else { throw mismatch(type) }
        // The parser has checked the text is UTF-8, and an escape always stands for a character.
        guard value.flag else { return String(decoding: document.text(of: value), as: UTF8.self) }
        do {
            return String(decoding: try document.unescaped(value), as: UTF8.self)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "The given data was not valid JSON.", underlyingError: error))
        }
    }

    func decode(_ type: Double.Type) throws -> Double {
        let value = self.value
        guard value.kind == .number else { throw mismatch(type) }
        let text = document.text(of: value)
        // The grammar was checked when parsing: what is left is range.
        guard let number = Double(String(decoding: text, as: UTF8.self)), number.isFinite else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "Number \(String(decoding: text, as: UTF8.self)) is not representable in Swift.")
            )
        }
        return number
    }

    func decode(_ type: Float.Type) throws -> Float {
        let number = try decode(Double.self)
        let float = Float(number)
        guard float.isFinite else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "Number \(number) does not fit in Float."))
        }
        return float
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try decodeValue(type)
    }

    /// A whole number that fits `Integer`: digits read directly, or (`1.0`, `1e2`) through `Double` when exact.
    private func integer<Integer: FixedWidthInteger>(_ type: Integer.Type) throws -> Integer {
        let value = self.value
        guard value.kind == .number else { throw mismatch(type) }
        let text = document.text(of: value)
        if value.flag {
            var result: Integer = 0
            let negative = text[0] == UInt8(ascii: "-")
            for byte in text.dropFirst(negative ? 1 : 0) {
                let digit = Integer(byte - UInt8(ascii: "0"))
                let (shifted, overflowA) = result.multipliedReportingOverflow(by: 10)
                let (next, overflowB) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
                guard !overflowA, !overflowB else { throw doesNotFit(text, type) }
                result = next
            }
            return result
        }
        guard let number = Double(String(decoding: text, as: UTF8.self)), let exact = Integer(exactly: number) else { throw doesNotFit(text, type) }
        return exact
    }

    private func doesNotFit(_ text: UnsafeRawBufferPointer, _ type: Any.Type) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: "Parsed JSON number <\(String(decoding: text, as: UTF8.self))> does not fit in \(type)."))
    }
}

/// An object's members, found by a key's bytes: a scan of the keys (a message's objects are small), no
/// dictionary built.
struct JSONKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    unowned(unsafe) let document: JSONDocument
    let object: Int
    let codingPath: [any CodingKey]

    var allKeys: [Key] {
        var keys: [Key] = []
        var index = object + 1
        let end = Int(document[object].next)
        while index < end {
            let name = try? JSONValueDecoder(document: document, index: index, codingPath: []).decode(String.self)
            if let name, let key = Key(stringValue: name) { keys.append(key) }
            index = Int(document[index + 1].next)
        }
        return keys
    }

    /// The index of the value under `key`, nil when the object has none.
    private func find(_ key: Key) -> Int? {
        find(key.stringValue)
    }

    private func find(_ name: String) -> Int? {
        // A coding key's name is nearly always a literal, whose bytes are read in place.
        if let found = name.utf8.withContiguousStorageIfAvailable({ find(UnsafeRawBufferPointer($0)) }) { return found }
        var name = name
        return name.withUTF8 { find(UnsafeRawBufferPointer($0)) }
    }

    private func find(_ name: UnsafeRawBufferPointer) -> Int? {
        // The document's tables are read through local pointers: through the document, each key compared
        // counted a reference to it.
        let values = document.values, bytes = document.bytes
        var index = object + 1
        let end = Int(values[object].next)
        while index < end {
            let key = values[index]
            if key.flag ? document.key(key, is: name) : JSONDocument.text(of: key, in: bytes, is: name) { return index + 1 }
            index = Int(values[index + 1].next)
        }
        return nil
    }

    private func value(for key: Key) throws -> Int {
        guard let index = find(key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\").")
            )
        }
        return index
    }

    private func decoder(_ index: Int, _ key: Key) -> JSONValueDecoder {
        JSONValueDecoder(document: document, index: index, codingPath: codingPath + [key])
    }

    func contains(_ key: Key) -> Bool {
        find(key) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        document[try value(for: key)].kind == .null
    }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try decodeAny(type, forKey: key)
    }

    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        try decodeAnyIfPresent(type, forKey: key)
    }

    private func decodeAny<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try decode(type, at: try value(for: key), key: key)
    }

    private func decodeAnyIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        guard let index = find(key), document[index].kind != .null else { return nil }
        return try decode(type, at: index, key: key)
    }

    private func decode<Value: Decodable>(_ type: Value.Type, at index: Int, key: Key) throws -> Value {
        guard codingPath.isEmpty else { return try decoder(index, key).decodeValue(type) }
        return try JSONValueDecoder.decode(type, document: document, index: index, key: key)
    }

    // The typed requirements, each one look-up (the protocol's defaults for `decodeIfPresent` make three).
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeAny(type, forKey: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeAny(type, forKey: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeAny(type, forKey: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeAny(type, forKey: key) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeAnyIfPresent(type, forKey: key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeAnyIfPresent(type, forKey: key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeAnyIfPresent(type, forKey: key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeAnyIfPresent(type, forKey: key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(try value(for: key), key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(try value(for: key), key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        let key = JSONPathKey(stringValue: "super")
        return JSONValueDecoder(document: document, index: find("super") ?? object, codingPath: codingPath + [key])
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        decoder(try value(for: key), key)
    }
}

/// An array's elements, in order.
struct JSONUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    unowned(unsafe) let document: JSONDocument
    let codingPath: [any CodingKey]
    /// The next element's index in the document, and where the array ends.
    private var next: Int
    private let end: Int
    let count: Int?
    private(set) var currentIndex = 0

    init(document: JSONDocument, array: Int, codingPath: [any CodingKey]) {
        self.document = document
        self.codingPath = codingPath
        next = array + 1
        end = Int(document[array].next)
        count = Int(document[array].count)
    }

    var isAtEnd: Bool { next >= end }

    private func checkNotAtEnd(_ type: Any.Type) throws {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: codingPath + [JSONPathKey(index: currentIndex)], debugDescription: "Unkeyed container is at end.")
            )
        }
    }

    private mutating func advance() {
        next = Int(document[next].next)
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool {
        try checkNotAtEnd(Never.self)
        guard document[next].kind == .null else { return false }
        advance()
        return true
    }

    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try checkNotAtEnd(type)
        let key = JSONPathKey(index: currentIndex)
        let value = codingPath.isEmpty
            ? try JSONValueDecoder.decode(type, document: document, index: next, key: key)
            : try JSONValueDecoder(document: document, index: next, codingPath: codingPath + [key]).decodeValue(type)
        advance()
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try checkNotAtEnd(KeyedDecodingContainer<NestedKey>.self)
        let container = try elementDecoder().container(keyedBy: type)
        advance()
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try checkNotAtEnd((any UnkeyedDecodingContainer).self)
        let container = try elementDecoder().unkeyedContainer()
        advance()
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        try checkNotAtEnd((any Decoder).self)
        let decoder = elementDecoder()
        advance()
        return decoder
    }

    private func elementDecoder() -> JSONValueDecoder {
        JSONValueDecoder(document: document, index: next, codingPath: codingPath + [JSONPathKey(index: currentIndex)])
    }
}

/// A key in a coding path the value's own keys do not give: an array position, named as Foundation names
/// it (`Index 2`), or `super`.
struct JSONPathKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init?(intValue: Int) {
        self.init(index: intValue)
    }
}

extension DecodingError {
    /// The error with `key` in front of its coding path.
    func prefixed(by key: any CodingKey) -> DecodingError {
        func moved(_ context: Context) -> Context {
            Context(codingPath: [key] + context.codingPath, debugDescription: context.debugDescription, underlyingError: context.underlyingError)
        }
        return switch self {
        case .keyNotFound(let missing, let context): .keyNotFound(missing, moved(context))
        case .valueNotFound(let type, let context): .valueNotFound(type, moved(context))
        case .typeMismatch(let type, let context): .typeMismatch(type, moved(context))
        case .dataCorrupted(let context): .dataCorrupted(moved(context))
        @unknown default: self
        }
    }
}
