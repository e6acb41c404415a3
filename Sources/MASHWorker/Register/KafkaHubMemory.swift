import Logging
import MASHCore
import MASHKafka
import MASHStages

/// The hub's memory of its referrals by child, kept in step with `mash.child-history`: restored from the
/// topic at start, followed while running (so copies of the referral worker, and the decision worker's
/// outcomes, are seen), and updated at once with this worker's own records.
public final class KafkaHubMemory: HubMemory {
    private let book = HubMemoryBook()
    private let replica: TopicReplica

    /// Restores the memory from the topic; returns once caught up.
    public init(kafka: KafkaConfiguration, logger: Logger) throws {
        replica = try TopicReplica(kafka: kafka, logger: logger)
        let restored = try replica.start(topic: PipelineTopic.childHistory.rawValue) { [book] message in
            book.apply(message.value)
        }
        logger.info("mash.child-history.restored", metadata: ["mash.child-history.records": .stringConvertible(restored)])
    }

    public func referrals(about subjectKey: String) -> [PreviousReferral] {
        book.referrals(about: subjectKey)
    }

    /// Takes in the history records among a stage's outputs before they are even delivered.
    public func record(_ records: [StageRecord]) {
        book.record(records)
    }

    public func stop() {
        replica.stop()
    }
}
