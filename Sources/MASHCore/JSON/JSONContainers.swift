// The three container kinds of `StreamingJSONEncoder`, each writing straight to the output.

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONValueEncoder
    let level: Int
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func beginKey(_ key: Key) {
        encoder.output.beginElement(in: level)
        encoder.output.writeString(key.stringValue)
        encoder.output.bytes.append(UInt8(ascii: ":"))
    }

    mutating func encodeNil(forKey key: Key) throws {
        beginKey(key)
        encoder.output.write("null")
    }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        beginKey(key)
        try encoder.encodeValue(value)
    }

    // The common primitives written directly: the generic path would cast at run time to find them.
    mutating func encode(_ value: String, forKey key: Key) throws {
        beginKey(key)
        encoder.output.writeString(value)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        beginKey(key)
        encoder.output.write(value ? "true" : "false")
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        beginKey(key)
        encoder.output.writeInteger(value)
    }

    mutating func encode(_ value: Int64, forKey key: Key) throws {
        beginKey(key)
        encoder.output.writeInteger(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        beginKey(key)
        try encoder.output.writeFloatingPoint(value, path: [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        beginKey(key)
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        beginKey(key)
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        beginKey(Key(stringValue: "super") ?? Key(intValue: 0)!)
        return encoder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        beginKey(key)
        return encoder
    }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONValueEncoder
    let level: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { encoder.codingPath }

    init(encoder: JSONValueEncoder, level: Int) {
        self.encoder = encoder
        self.level = level
    }

    private mutating func beginElement() {
        encoder.output.beginElement(in: level)
        count += 1
    }

    mutating func encodeNil() throws {
        beginElement()
        encoder.output.write("null")
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        beginElement()
        try encoder.encodeValue(value)
    }

    mutating func encode(_ value: String) throws {
        beginElement()
        encoder.output.writeString(value)
    }

    mutating func encode(_ value: Int) throws {
        beginElement()
        encoder.output.writeInteger(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        beginElement()
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        beginElement()
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        beginElement()
        return encoder
    }
}

struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws {
        encoder.output.write("null")
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try encoder.encodeValue(value)
    }

    mutating func encode(_ value: String) throws {
        encoder.output.writeString(value)
    }

    mutating func encode(_ value: Bool) throws {
        encoder.output.write(value ? "true" : "false")
    }

    mutating func encode(_ value: Int) throws {
        encoder.output.writeInteger(value)
    }

    mutating func encode(_ value: Int64) throws {
        encoder.output.writeInteger(value)
    }
}
