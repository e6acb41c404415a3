import Logging
import MASHCore
import MASHKafka
import Synchronization

/// Watches every topic downstream of `mash.referral`, dropping replays by idempotency key, and keeps the
/// counts and latencies a run reports.
final class PipelineMonitor: Sendable {
    private let consumer: KafkaConsumer
    private let state = Mutex(PipelineSnapshot())
    private let replays = Mutex(ReplayFilter())

    static let topics: [PipelineTopic] = [
        .research, .riskAssessment, .decision, .outcome, .review, .taskingPolice, .taskingSocialCare, .taskingHealth, .audit, .deadLetter,
    ]

    init(kafka: KafkaConfiguration, logger: Logger) throws {
        consumer = try KafkaConsumer(
            configuration: kafka,
            options: ConsumerOptions(groupID: "mash-monitor-\(Timestamp.now.millisecondsSince1970)"),
            logger: logger
        )
        try consumer.subscribe(Self.topics.map(\.rawValue))
    }

    /// Reads until the task is cancelled.
    func run() async throws {
        defer { consumer.close() }
        while !Task.isCancelled {
            let batch = try await consumer.nextBatch(maxMessages: 2000, maxWait: .milliseconds(20), idleTimeout: .milliseconds(100))
            let fresh = replays.withLock { filter in batch.filter { filter.isFirst($0) } }
            guard !fresh.isEmpty else { continue }
            let counted = fresh.map(Observation.init)
            state.withLock { snapshot in
                for observation in counted { snapshot.record(observation) }
                snapshot.replaysDropped = replays.withLock { $0.replays }
            }
        }
    }

    var snapshot: PipelineSnapshot { state.withLock { $0 } }

    /// Waits until the group has given the monitor its partitions, so a clock started after it does not
    /// count the join (about 3 s on the embedded broker); false if that took longer than `timeout`.
    func waitForPartitions(timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let assigned = try? consumer.assignment(), !assigned.isEmpty { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }
}

/// What one message tells the monitor, worked out outside the lock.
private struct Observation {
    let topic: PipelineTopic?
    let outcome: Outcome?
    let review: Review?

    init(_ message: ConsumedMessage) {
        topic = PipelineTopic(rawValue: message.topic)
        outcome = topic == .outcome ? try? MASHJSON.decode(Outcome.self, from: .init(message.value)) : nil
        review = topic == .review ? try? MASHJSON.decode(Review.self, from: .init(message.value)) : nil
    }
}

/// Counts so far, per stage and per kind.
struct PipelineSnapshot: Sendable {
    /// Distinct messages seen per topic.
    var perTopic: [PipelineTopic: Int] = [:]
    var outcomesByKind: [OutcomeKind: Int] = [:]
    /// Outcomes a person signed off.
    var signedOff = 0
    /// Referrals whose decision the policy holds for a person, by the outcome proposed.
    var heldByKind: [OutcomeKind: Int] = [:]
    /// Referrals that reached an end: an outcome, or a proposal held for sign-off.
    private var ended: Set<String> = []
    /// Messages on `mash.outcome` that are not outcomes: the no-op relays of `mash bench` copy case files there.
    private var relayedEnds = 0
    /// Milliseconds from the hub receiving each referral to its outcome or held proposal.
    var latencies: [Int64] = []
    /// Milliseconds each stage added: from the previous stage's (or the hub's receipt) to its own timestamp.
    var stageLatencies: [(stage: String, milliseconds: [Int64])] = [("referral", []), ("research", []), ("risk", []), ("decision", [])]
    var replaysDropped = 0

    func count(_ topic: PipelineTopic) -> Int { perTopic[topic] ?? 0 }

    /// Referrals that reached an end: an outcome, a proposal held for sign-off, or the dead-letter topic.
    var finished: Int { ended.count + relayedEnds + count(.deadLetter) }

    fileprivate mutating func record(_ observation: Observation) {
        guard let topic = observation.topic else { return }
        perTopic[topic, default: 0] += 1
        if let review = observation.review, ended.insert(review.referralId).inserted {
            heldByKind[review.decision.outcome, default: 0] += 1
            var stamps = review.caseFile.timestamps
            stamps.decision = review.heldAt
            recordLatency(stamps)
        }
        guard let outcome = observation.outcome else {
            if topic == .outcome { relayedEnds += 1 }
            return
        }
        outcomesByKind[outcome.decision.outcome, default: 0] += 1
        if outcome.decision.signOff != nil { signedOff += 1 }
        if ended.insert(outcome.referralId).inserted { recordLatency(outcome.timestamps) }
    }

    private mutating func recordLatency(_ stamps: StageTimestamps) {
        if let end = stamps.decision ?? stamps.referral {
            latencies.append((end - stamps.received).milliseconds)
        }
        var previous = stamps.received
        for (index, stamp) in [stamps.referral, stamps.research, stamps.risk, stamps.decision].enumerated() {
            guard let stamp else { break }
            stageLatencies[index].milliseconds.append((stamp - previous).milliseconds)
            previous = stamp
        }
    }
}
