import MASHCore
import Synchronization

/// A token bucket per partner: up to a minute's allowance at once, refilled evenly. A request over the
/// allowance is told how long to wait.
public final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    private let buckets = Mutex<[String: Bucket]>([:])

    public init() {}

    /// Takes one request's token for `partner`, allowed `perMinute` a minute: nil when it may go ahead,
    /// else how long until it may.
    public func take(_ partner: String, perMinute: Int, now: ContinuousClock.Instant = .now) -> Duration? {
        let capacity = Double(max(1, perMinute))
        let perSecond = capacity / 60
        return buckets.withLock { buckets in
            var bucket = buckets[partner] ?? Bucket(tokens: capacity, updated: now)
            let elapsed = (now - bucket.updated).seconds
            bucket.tokens = min(capacity, bucket.tokens + max(0, elapsed) * perSecond)
            bucket.updated = now
            defer { buckets[partner] = bucket }
            guard bucket.tokens >= 1 else { return .milliseconds(Int64(((1 - bucket.tokens) / perSecond * 1000).rounded(.up))) }
            bucket.tokens -= 1
            return nil
        }
    }
}
