/// Encodes `Encodable` values to compact JSON by writing bytes as the value encodes itself, with no
/// intermediate tree: several times faster than Foundation's `JSONEncoder`, which is the cost that
/// dominates every stage.
///
/// Keys come out in the order the value encodes them (declaration order for synthesised `Codable`),
/// so the same value always gives the same bytes. `/` is not escaped; absent optionals encoded with
/// `encodeIfPresent` are omitted. Dictionaries are not supported (their order is not stable); none of
/// the messages has one.
public struct StreamingJSONEncoder: Sendable {
    public init() {}

    public func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let output = JSONOutput(capacity: 1024)
        try JSONValueEncoder(output: output).encodeValue(value)
        output.close(above: -1)
        return output.bytes
    }
}

/// The `Encoder` a value encodes itself into.
///
/// It does not track the coding path: building one array per nested value cost more than the rest of
/// the encoding, and the only error it can report (a non-finite number) is rare enough to go without.
struct JSONValueEncoder: Encoder {
    let output: JSONOutput
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Encodes one value at the current position, closing whatever containers it opened.
    func encodeValue<Value: Encodable>(_ value: Value) throws {
        if try encodePrimitive(value) { return }
        guard !(Value.self is any UnorderedDictionary.Type) else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "dictionaries are not supported"))
        }
        let depth = output.depth
        let start = output.bytes.count
        try value.encode(to: self)
        if output.bytes.count == start { output.write("{}") }
        output.close(above: depth - 1)
    }

    /// Writes the value directly when it is a JSON primitive; false otherwise. The type is compared, not
    /// cast: a failed dynamic cast per primitive type per value cost more than writing the value.
    private func encodePrimitive<Value: Encodable>(_ value: Value) throws -> Bool {
        func `is`<Primitive>(_ type: Primitive.Type) -> Bool { Value.self == Primitive.self }
        func cast<Primitive>(_ type: Primitive.Type) -> Primitive { unsafeBitCast(value, to: Primitive.self) }
        if `is`(String.self) { output.writeString(cast(String.self)) }
        else if `is`(Bool.self) { output.write(cast(Bool.self) ? "true" : "false") }
        else if `is`(Int.self) { output.writeInteger(cast(Int.self)) }
        else if `is`(Int64.self) { output.writeInteger(cast(Int64.self)) }
        else if `is`(Int32.self) { output.writeInteger(cast(Int32.self)) }
        else if `is`(UInt64.self) { output.writeInteger(cast(UInt64.self)) }
        else if `is`(UInt.self) { output.writeInteger(cast(UInt.self)) }
        else if `is`(UInt32.self) { output.writeInteger(cast(UInt32.self)) }
        else if `is`(Int16.self) { output.writeInteger(cast(Int16.self)) }
        else if `is`(UInt16.self) { output.writeInteger(cast(UInt16.self)) }
        else if `is`(Int8.self) { output.writeInteger(cast(Int8.self)) }
        else if `is`(UInt8.self) { output.writeInteger(cast(UInt8.self)) }
        else if `is`(Double.self) { try output.writeFloatingPoint(cast(Double.self), path: codingPath) }
        else if `is`(Float.self) { try output.writeFloatingPoint(cast(Float.self), path: codingPath) }
        else { return false }
        return true
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let level = output.open(UInt8(ascii: "{"), closer: UInt8(ascii: "}"))
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self, level: level))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let level = output.open(UInt8(ascii: "["), closer: UInt8(ascii: "]"))
        return JSONUnkeyedContainer(encoder: self, level: level)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(encoder: self)
    }
}

/// Dictionaries, whose key order is not stable, so they cannot encode to the same bytes twice.
protocol UnorderedDictionary {}
extension Dictionary: UnorderedDictionary {}
