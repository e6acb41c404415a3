import Foundation
import ArgumentParser
import MASHKafka

/// How a stage worker consumes, batches and delivers.
public struct StageOptions: ParsableArguments, Sendable {
    @Option(name: .customLong("group-id"), help: "Consumer group shared by copies of this worker. Default mash-<stage>.")
    public var groupID: String?

    @Option(help: "at-least-once (the embedded broker's mode) or exactly-once (Kafka transactions; real clusters). Default $MASH_DELIVERY or at-least-once.")
    public var delivery: DeliveryMode?

    @Option(name: .customLong("batch-size"), help: "Most input messages per batch.")
    public var batchSize: Int = 500

    @Option(name: .customLong("max-batch-wait-ms"), help: "Longest a batch stays open after its first message waiting for more, in ms (0: a batch is what has arrived).")
    public var maxBatchWaitMilliseconds: Int = 0

    @Option(name: .customLong("batches-in-flight"), help: "Most batches whose outputs are on their way at once (at-least-once).")
    public var batchesInFlight: Int = 8

    @Option(name: .customLong("transactional-id"), help: "Transactional id in exactly-once mode; unique per copy. Default <group>-<host>-<pid>.")
    public var transactionalID: String?

    @OptionGroup public var metrics: MetricsOptions

    public init() {}

    public func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard maxBatchWaitMilliseconds >= 0 else { throw ValidationError("--max-batch-wait-ms must not be negative") }
        guard batchesInFlight >= 1 else { throw ValidationError("--batches-in-flight must be at least 1") }
    }

    /// The runner configuration for one stage.
    /// The delivery mode from the flag, else `MASH_DELIVERY`, else at-least-once.
    public func resolvedDelivery() throws -> DeliveryMode {
        if let delivery { return delivery }
        guard let configured = Environment.delivery else { return .atLeastOnce }
        guard let mode = DeliveryMode(rawValue: configured) else {
            throw ValidationError("MASH_DELIVERY=\(configured): expected at-least-once or exactly-once")
        }
        return mode
    }

    public func configuration(stageName: String, inputTopic: String) throws -> StageRunnerConfiguration {
        var configuration = StageRunnerConfiguration(
            stageName: stageName,
            inputTopic: inputTopic,
            groupID: groupID,
            delivery: try resolvedDelivery(),
            batchSize: batchSize,
            maxBatchWait: .milliseconds(maxBatchWaitMilliseconds),
            transactionalID: transactionalID
        )
        configuration.maxBatchesInFlight = batchesInFlight
        // Set by `mash dev`, `mash chaos` and `mash bench` for the workers they start.
        configuration.readyFile = ProcessInfo.processInfo.environment["MASH_READY_FILE"].flatMap { $0.isEmpty ? nil : $0 }
        return configuration
    }
}

extension DeliveryMode: ExpressibleByArgument {}
