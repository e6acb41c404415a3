import Yams

/// One YAML value read as a primitive: a scalar's text as a number, flag or string.
struct NodeValueContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool {
        NodeDecoder.isNull(decoder.node)
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        try read("true or false") { Bool.construct(from: $0) }
    }

    func decode(_ type: String.Type) throws -> String {
        try decoder.scalarText(expected: "text")
    }

    func decode(_ type: Double.Type) throws -> Double {
        try read("a number") { Double.construct(from: $0) }
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func decode(_ type: Int.Type) throws -> Int {
        try read("a whole number") { Int.construct(from: $0) }
    }

    func decode(_ type: Int8.Type) throws -> Int8 { try exactly(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try exactly(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try exactly(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try exactly(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try exactly(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try exactly(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try exactly(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try exactly(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try exactly(UInt64.self) }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try decoder.decode(type)
    }

    private func read<Value>(_ expected: String, _ convert: (Node.Scalar) -> Value?) throws -> Value {
        guard case .scalar(let scalar) = decoder.node, !NodeDecoder.isNull(decoder.node), let value = convert(scalar) else {
            throw decoder.mismatch(expected: expected)
        }
        return value
    }

    private func exactly<Value: FixedWidthInteger>(_ type: Value.Type) throws -> Value {
        guard let value = Value(exactly: try decode(Int.self)) else { throw decoder.mismatch(expected: "a whole number in range") }
        return value
    }
}
