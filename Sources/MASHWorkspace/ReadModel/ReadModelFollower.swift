import Logging
import MASHKafka

/// How far the workspace's read model has got.
public typealias ReadModelProgress = FollowerProgress

extension CaseStore: FollowerStore {}

extension TopicFollower {
    /// Reads the case topics into the workspace's read model (every partition, no consumer group: each copy
    /// of the workspace keeps its own complete model).
    public static func readModel(store: CaseStore, kafka: KafkaConfiguration, logger: Logger) throws -> TopicFollower {
        try TopicFollower(name: "workspace", topics: HubMessage.topics.map(\.rawValue), store: store, kafka: kafka, logger: logger)
    }
}
