/// How a stage runner makes its outputs and its input offsets agree.
public enum DeliveryMode: String, Sendable, CaseIterable {
    /// Idempotent producer; input offsets are committed after every output is acknowledged. A crash replays
    /// the open batch, and the idempotency keys let consumers drop the replays.
    case atLeastOnce = "at-least-once"
    /// Kafka transactions: the outputs and the input offsets commit together; consumers read committed only.
    /// Needs a real cluster: the embedded broker accepts transactions without enforcing them.
    case exactlyOnce = "exactly-once"
}
