import MASHCore
/// W3C trace context (`traceparent`) carried from each input to its outputs.
///
/// The trace id is kept from the input (or derived from its idempotency key when it has none) and the span id
/// is derived from the output's idempotency key, so a replay carries the same trace context as the original.
enum TraceContext {
    static let header = "traceparent"

    /// The trace an input's outputs belong to: the input's own, else one derived from its idempotency key.
    static func traceID(input: ConsumedMessage, inputKey: HexKey) -> HexKey {
        if let carried = input.header(header), let trace = carried.value.withUnsafeBytes(traceID(of:)) { return trace }
        var hasher = SHA256()
        hasher.update("trace:")
        hasher.update(inputKey)
        return HexKey(digestOf: &hasher)
    }

    /// The trace id, lowercased, of a well-formed `traceparent` given as bytes, else nil.
    static func traceID(of bytes: UnsafeRawBufferPointer) -> HexKey? {
        let dash = UInt8(ascii: "-")
        // 00-<32 hex>-<16>-<flags>
        guard bytes.count > 53, bytes[0] == UInt8(ascii: "0"), bytes[1] == UInt8(ascii: "0"), bytes[2] == dash, bytes[35] == dash,
            bytes[52] == dash, !bytes[36..<52].contains(dash), !bytes[53...].contains(dash)
        else { return nil }
        let trace = bytes[3..<35]
        guard trace.allSatisfy(isHexDigit), trace.contains(where: { $0 != UInt8(ascii: "0") }) else { return nil }
        return HexKey(checkedDigits: trace.lazy.map { byte in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F") ? byte + 32 : byte })
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
