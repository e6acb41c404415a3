import Logging
import MASHCore
import MASHKafka
import MASHStages
import Metrics

/// The held cases, kept in step with `mash.held-decisions`: restored from the topic at start, followed while
/// running (so every copy of the referral and decision workers sees the others' holds and sign-offs), and
/// updated at once with this worker's own records.
public final class KafkaHeldDecisions: HeldDecisions {
    private let book = HeldDecisionBook()
    private let replica: TopicReplica
    /// `mash_held_decisions_waiting`: cases awaiting a person's sign-off, as this worker knows them.
    private let waiting = Gauge(label: "mash_held_decisions_waiting")

    /// Restores the held cases from the topic; returns once caught up.
    public init(kafka: KafkaConfiguration, logger: Logger) throws {
        replica = try TopicReplica(kafka: kafka, logger: logger)
        let restored = try replica.start(topic: PipelineTopic.heldDecisions.rawValue) { [book, waiting] message in
            book.apply(message.value)
            waiting.record(book.awaitingSignOff)
        }
        logger.info("mash.held-decisions.restored", metadata: ["mash.held-decisions.records": .stringConvertible(restored)])
    }

    public func state(of caseId: String) -> HeldDecision? {
        book.state(of: caseId)
    }

    /// Takes in the held-decision records among a stage's outputs before they are even delivered, so a
    /// sign-off later in the same batch already sees its case's hold.
    public func record(_ records: [StageRecord]) {
        book.record(records)
        waiting.record(book.awaitingSignOff)
    }

    public func stop() {
        replica.stop()
    }
}
