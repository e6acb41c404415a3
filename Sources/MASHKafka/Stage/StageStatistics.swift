import Synchronization

/// Running counts of what a stage runner has done; safe to read from any thread.
public final class StageStatistics: Sendable {
    private let consumedCount = Atomic<Int>(0)
    private let producedCount = Atomic<Int>(0)
    private let deadLetteredCount = Atomic<Int>(0)
    private let batchCount = Atomic<Int>(0)
    private let redeliveryCount = Atomic<Int>(0)

    public init() {}

    /// Input messages whose batch completed.
    public var consumed: Int { consumedCount.load(ordering: .relaxed) }
    /// Output records delivered, dead letters included.
    public var produced: Int { producedCount.load(ordering: .relaxed) }
    /// Inputs sent to the dead-letter topic.
    public var deadLettered: Int { deadLetteredCount.load(ordering: .relaxed) }
    /// Batches completed.
    public var batches: Int { batchCount.load(ordering: .relaxed) }
    /// Delivery attempts repeated after a failure (or transactions retried).
    public var redeliveries: Int { redeliveryCount.load(ordering: .relaxed) }

    func recordBatch(consumed: Int, produced: Int, deadLettered: Int) {
        consumedCount.add(consumed, ordering: .relaxed)
        producedCount.add(produced, ordering: .relaxed)
        deadLetteredCount.add(deadLettered, ordering: .relaxed)
        batchCount.add(1, ordering: .relaxed)
    }

    func recordRedelivery() {
        redeliveryCount.add(1, ordering: .relaxed)
    }
}
