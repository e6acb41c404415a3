import Logging
import MASHCore
import MASHKafka
import MASHStages

/// The held cases, kept in step with `mash.held-decisions`: restored from the topic at start, followed while
/// running (so every copy of the referral and decision workers sees the others' holds and sign-offs), and
/// updated at once with this worker's own records.
public final class KafkaHeldDecisions: HeldDecisions {
    private let book = HeldDecisionBook()
    private let replica: TopicReplica

    /// Restores the held cases from the topic; returns once caught up.
    public init(kafka: KafkaConfiguration, logger: Logger) throws {
        replica = try TopicReplica(kafka: kafka, logger: logger)
        let restored = try replica.start(topic: PipelineTopic.heldDecisions.rawValue) { [book] message in
            book.apply(message.value)
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
    }

    public func stop() {
        replica.stop()
    }
}
