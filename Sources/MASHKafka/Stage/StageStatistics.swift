import Metrics
import Synchronization

/// Running counts of what a stage runner has done; safe to read from any thread. Each count is also a
/// metric (swift-metrics, labelled by stage), which a worker's `--metrics-port` serves to Prometheus.
public final class StageStatistics: Sendable {
    private let metrics: StageMetrics?
    private let consumedCount = Atomic<Int>(0)
    private let producedCount = Atomic<Int>(0)
    private let deadLetteredCount = Atomic<Int>(0)
    private let batchCount = Atomic<Int>(0)
    private let redeliveryCount = Atomic<Int>(0)

    public init() { metrics = nil }

    /// Counts for the stage named `stage`, recorded as metrics too.
    init(stage: String) { metrics = StageMetrics(stage: stage) }

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

    func recordBatch(consumed: Int, produced: Int, deadLettered: Int, took: Duration? = nil, deadLetterReasons: [String] = []) {
        consumedCount.add(consumed, ordering: .relaxed)
        producedCount.add(produced, ordering: .relaxed)
        deadLetteredCount.add(deadLettered, ordering: .relaxed)
        batchCount.add(1, ordering: .relaxed)
        if let metrics {
            metrics.messagesIn.increment(by: consumed)
            metrics.messagesOut.increment(by: produced)
            for (reason, count) in Dictionary(grouping: deadLetterReasons, by: { $0 }).mapValues(\.count) {
                metrics.deadLetters(reason: reason).increment(by: count)
            }
            metrics.batches.increment()
            if let took { metrics.batchDuration.recordNanoseconds(took.nanoseconds) }
        }
    }

    func recordRedelivery() {
        redeliveryCount.add(1, ordering: .relaxed)
        metrics?.redeliveries.increment()
    }

    func recordPoison() { metrics?.poison.increment() }

    func recordCommitFailure() { metrics?.commitFailures.increment() }

    func recordHandling(_ took: Duration) { metrics?.handlingDuration.recordNanoseconds(took.nanoseconds) }

    /// Messages left to read on a partition after a batch (its high watermark less the next offset).
    func recordLag(_ partition: TopicPartition, _ lag: Int64) { metrics?.lag(of: partition).record(max(0, lag)) }
}

/// The stage runner's metrics, each labelled with the stage.
final class StageMetrics: Sendable {
    let messagesIn: Counter
    let messagesOut: Counter
    let batches: Counter
    let redeliveries: Counter
    let poison: Counter
    let commitFailures: Counter
    let batchDuration: Metrics.Timer
    let handlingDuration: Metrics.Timer
    private let stage: String
    private let lagGauges = Mutex<[TopicPartition: Gauge]>([:])
    private let deadLetterCounters = Mutex<[String: Counter]>([:])

    /// `mash_stage_dead_letters_total{stage,reason}`: `rejected` by the stage, or `undeliverable`.
    func deadLetters(reason: String) -> Counter {
        deadLetterCounters.withLock { counters in
            if let counter = counters[reason] { return counter }
            let counter = Counter(label: "mash_stage_dead_letters_total", dimensions: [("stage", stage), ("reason", reason)])
            counters[reason] = counter
            return counter
        }
    }

    /// `mash_stage_consumer_lag_messages{stage,topic,partition}`, made on first use.
    func lag(of partition: TopicPartition) -> Gauge {
        lagGauges.withLock { gauges in
            if let gauge = gauges[partition] { return gauge }
            let gauge = Gauge(label: "mash_stage_consumer_lag_messages",
                              dimensions: [("stage", stage), ("topic", partition.topic), ("partition", String(partition.partition))])
            gauges[partition] = gauge
            return gauge
        }
    }

    init(stage: String) {
        self.stage = stage
        let labels = [("stage", stage)]
        messagesIn = Counter(label: "mash_stage_messages_in_total", dimensions: labels)
        messagesOut = Counter(label: "mash_stage_messages_out_total", dimensions: labels)
        batches = Counter(label: "mash_stage_batches_total", dimensions: labels)
        redeliveries = Counter(label: "mash_stage_redeliveries_total", dimensions: labels)
        poison = Counter(label: "mash_stage_poison_total", dimensions: labels)
        commitFailures = Counter(label: "mash_stage_commit_failures_total", dimensions: labels)
        batchDuration = Metrics.Timer(label: "mash_stage_batch_duration_seconds", dimensions: labels)
        handlingDuration = Metrics.Timer(label: "mash_stage_handling_duration_seconds", dimensions: labels)
    }
}

extension Duration {
    var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }
}
