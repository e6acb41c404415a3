
/// Remembers idempotency keys so a consumer acts on each message once, whatever replays arrive.
public struct ReplayFilter: Sendable {
    private var seen: Set<String> = []
    /// Messages dropped as replays so far.
    public private(set) var replays = 0

    public init() {}

    /// True the first time a key is seen (and for messages without a key); false for a replay.
    public mutating func isFirst(_ message: ConsumedMessage) -> Bool {
        guard let key = message.header(IdempotencyKey.header)?.stringValue else { return true }
        if seen.insert(key).inserted { return true }
        replays += 1
        return false
    }

    /// Distinct keys seen.
    public var distinctCount: Int { seen.count }
}
