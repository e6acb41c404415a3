import MASHCore
/// W3C trace context (`traceparent`) carried from each input to its outputs.
///
/// The trace id is kept from the input (or derived from its idempotency key when it has none) and the span id
/// is derived from the output's idempotency key, so a replay carries the same trace context as the original.
enum TraceContext {
    static let header = "traceparent"

    /// The trace an input's outputs belong to: the input's own, else one derived from its idempotency key.
    static func traceID(input: ConsumedMessage, inputKey: String) -> String {
        if let carried = input.header(header)?.stringValue.flatMap(traceID(of:)) { return carried }
        var hasher = SHA256()
        hasher.update("trace:")
        hasher.update(inputKey)
        return hasher.finalizeHex(bytes: 16)
    }

    /// `00-<trace id>-<the output key's first 16 digits>-01`, as the UTF-8 bytes of a header value.
    static func traceparentBytes(traceID: String, outputKey: [UInt8]) -> [UInt8] {
        var traceparent: [UInt8] = []
        traceparent.reserveCapacity(55)
        traceparent.append(contentsOf: "00-".utf8)
        traceparent.append(contentsOf: traceID.utf8)
        traceparent.append(UInt8(ascii: "-"))
        traceparent.append(contentsOf: outputKey.prefix(16))
        traceparent.append(contentsOf: "-01".utf8)
        return traceparent
    }

    /// The trace id of a well-formed `traceparent`, else nil.
    static func traceID(of traceparent: String) -> String? {
        // Byte by byte: every hub message carries one, so this runs once per input.
        var traceparent = traceparent
        return traceparent.withUTF8 { bytes -> String? in
            let dash = UInt8(ascii: "-")
            // 00-<32 hex>-<16>-<flags>
            guard bytes.count > 53, bytes[0] == UInt8(ascii: "0"), bytes[1] == UInt8(ascii: "0"), bytes[2] == dash, bytes[35] == dash,
                bytes[52] == dash, !bytes[36..<52].contains(dash), !bytes[53...].contains(dash)
            else { return nil }
            let trace = bytes[3..<35]
            guard trace.allSatisfy(isHexDigit), trace.contains(where: { $0 != UInt8(ascii: "0") }) else { return nil }
            return String(unsafeUninitializedCapacity: 32) { out in
                for (index, byte) in trace.enumerated() { out[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F") ? byte + 32 : byte }
                return 32
            }
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
