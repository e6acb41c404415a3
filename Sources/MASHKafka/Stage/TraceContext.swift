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

    /// `00-<trace id>-<the output key's first 16 digits>-01`.
    static func traceparent(traceID: String, outputKey: String) -> String {
        var traceparent = "00-"
        traceparent.reserveCapacity(55)
        traceparent += traceID
        traceparent += "-"
        traceparent += outputKey.utf8.count > 16 ? Substring(outputKey.utf8.prefix(16)) : Substring(outputKey)
        traceparent += "-01"
        return traceparent
    }

    /// The trace id of a well-formed `traceparent`, else nil.
    static func traceID(of traceparent: String) -> String? {
        let parts = traceparent.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "00", parts[1].count == 32, parts[2].count == 16,
            parts[1].allSatisfy(\.isHexDigit), parts[1] != String(repeating: "0", count: 32)
        else { return nil }
        return parts[1].lowercased()
    }
}
