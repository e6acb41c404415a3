import MASHCore
/// Deterministic keys that let any consumer recognise a replayed message.
///
/// An output's key is derived from its input's key, its topic and its place among the input's outputs,
/// so processing the same input again, after a crash or a rebalance, yields the same keys.
public enum IdempotencyKey {
    /// The header that carries the key on every message the pipeline produces.
    public static let header = "mash-idempotency-key"

    /// The key an input stands for: the one it carries, else a digest of its topic, key and bytes. An input
    /// from outside the hub (`fromOutside`) stands for its topic and bytes alone: a header is never trusted
    /// from there, and the same bytes under another Kafka key are the same input.
    public static func base(of message: ConsumedMessage, fromOutside: Bool = false) -> String {
        if !fromOutside, let carried = message.header(header)?.stringValue, isWellFormed(carried) { return carried }
        var hasher = SHA256()
        hasher.update(message.topic)
        hasher.update([0])
        if !fromOutside { hasher.update(message.key ?? []) }
        hasher.update([0])
        hasher.update(message.value)
        return hasher.finalizeHex(bytes: 16)
    }

    /// The message without the headers only the hub may set: any named `mash-*`, and `traceparent`.
    public static func strippingHubHeaders(_ message: ConsumedMessage) -> ConsumedMessage {
        var message = message
        message.headers.removeAll { $0.name.lowercased().hasPrefix("mash-") || $0.name.lowercased() == TraceContext.header }
        return message
    }

    /// The key of the `index`th output, on `topic`, of the input whose key is `base`.
    public static func derive(base: String, topic: String, index: Int) -> String {
        var hasher = hasher(base: base, topic: topic, index: index)
        return hasher.finalizeHex(bytes: 16)
    }

    /// `derive` as the UTF-8 bytes of the key, for a header value.
    static func deriveBytes(base: String, topic: String, index: Int) -> [UInt8] {
        var hasher = hasher(base: base, topic: topic, index: index)
        return hasher.finalizeHexBytes(bytes: 16)
    }

    private static func hasher(base: String, topic: String, index: Int) -> SHA256 {
        var hasher = SHA256()
        hasher.update(base)
        hasher.update([0])
        hasher.update(topic)
        hasher.update([0])
        hasher.update(String(index))
        return hasher
    }

    /// 32 lowercase hex digits; anything else in the header is ignored rather than trusted.
    static func isWellFormed(_ key: String) -> Bool {
        key.utf8.count == 32 && key.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
