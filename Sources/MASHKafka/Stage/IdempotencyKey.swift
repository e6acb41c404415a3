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
        baseKey(of: message, fromOutside: fromOutside).description
    }

    /// `base` without a string: the runner's path, once for every input.
    static func baseKey(of message: ConsumedMessage, fromOutside: Bool) -> HexKey {
        if !fromOutside, let carried = message.header(header), let key = carried.value.withUnsafeBytes(HexKey.init(text:)) { return key }
        var hasher = SHA256()
        hasher.update(message.topic)
        hasher.update([0])
        if !fromOutside, let key = message.keyBytes { hasher.update(key) }
        hasher.update([0])
        hasher.update(message.valueBytes)
        return HexKey(digestOf: &hasher)
    }

    /// The message without the headers only the hub may set: any named `mash-*`, and `traceparent`.
    public static func strippingHubHeaders(_ message: ConsumedMessage) -> ConsumedMessage {
        var message = message
        message.headers.removeAll { $0.name.lowercased().hasPrefix("mash-") || $0.name.lowercased() == TraceContext.header }
        return message
    }

    /// The key of the `index`th output, on `topic`, of the input whose key is `base`.
    public static func derive(base: String, topic: String, index: Int) -> String {
        var hasher = SHA256()
        hasher.update(base)
        return derive(continuing: &hasher, topic: topic, index: index).description
    }

    /// `derive` from an input's key held inline, without strings: the runner's path, once for every output.
    static func derive(base: HexKey, topic: String, index: Int) -> HexKey {
        var hasher = SHA256()
        hasher.update(base)
        return derive(continuing: &hasher, topic: topic, index: index)
    }

    /// The rest of a derived key's digest, after the input's key: `\0 topic \0 index` (the index in decimal).
    private static func derive(continuing hasher: inout SHA256, topic: String, index: Int) -> HexKey {
        hasher.update([0])
        hasher.update(topic)
        hasher.update([0])
        withDecimalDigits(of: index) { hasher.update(bufferPointer: $0) }
        return HexKey(digestOf: &hasher)
    }
}

/// The decimal digits of `value` (as `String(value)` writes them), in a buffer that lives for the call.
private func withDecimalDigits<R>(of value: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
    withUnsafeTemporaryAllocation(byteCount: 20, alignment: 1) { buffer in
        var remaining = value.magnitude
        var start = buffer.count
        repeat {
            start -= 1
            buffer[start] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        } while remaining > 0
        if value < 0 {
            start -= 1
            buffer[start] = UInt8(ascii: "-")
        }
        return body(UnsafeRawBufferPointer(rebasing: buffer[start...]))
    }
}
