import ArgumentParser
import MASHKafka

/// How a stage worker consumes, batches and delivers.
public struct StageOptions: ParsableArguments, Sendable {
    @Option(name: .customLong("group-id"), help: "Consumer group shared by copies of this worker. Default mash-<stage>.")
    public var groupID: String?

    @Option(help: "at-least-once (default; the embedded broker's mode) or exactly-once (Kafka transactions; real clusters).")
    public var delivery: DeliveryMode = .atLeastOnce

    @Option(name: .customLong("batch-size"), help: "Most input messages per batch.")
    public var batchSize: Int = 500

    @Option(name: .customLong("max-batch-wait-ms"), help: "Longest a batch stays open after its first message, in ms.")
    public var maxBatchWaitMilliseconds: Int = 5

    @Option(name: .customLong("transactional-id"), help: "Transactional id in exactly-once mode; unique per copy. Default <group>-<host>-<pid>.")
    public var transactionalID: String?

    public init() {}

    public func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard maxBatchWaitMilliseconds >= 0 else { throw ValidationError("--max-batch-wait-ms must not be negative") }
    }

    /// The runner configuration for one stage.
    public func configuration(stageName: String, inputTopic: String) -> StageRunnerConfiguration {
        StageRunnerConfiguration(
            stageName: stageName,
            inputTopic: inputTopic,
            groupID: groupID,
            delivery: delivery,
            batchSize: batchSize,
            maxBatchWait: .milliseconds(maxBatchWaitMilliseconds),
            transactionalID: transactionalID
        )
    }
}

extension DeliveryMode: ExpressibleByArgument {}
