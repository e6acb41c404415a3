import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Runs one stage: consume a batch, hand each message to the handler, produce the outputs, and commit the
/// input offsets only once every output is safely delivered.
///
/// At least once, batches are pipelined: up to `maxBatchesInFlight` are on their way at once, and the offsets
/// of the delivered prefix are committed without waiting (see `StageRunner+AtLeastOnce`). Exactly once, each
/// batch is one transaction. The loop runs on its own thread (librdkafka's calls block), so it never holds up
/// Swift's cooperative pool; delivery reports are served on that thread too. Graceful shutdown (SIGTERM/SIGINT
/// through a `ServiceGroup`, or task cancellation) stops taking input, drains what is in flight, commits it,
/// and leaves the consumer group.
public final class StageRunner: Service, @unchecked Sendable {
    public let configuration: StageRunnerConfiguration
    /// What the runner has done so far.
    public let statistics: StageStatistics
    /// Ready once the group has given this copy its partitions.
    public let readiness = Readiness()
    let handler: any StageHandler
    let consumer: KafkaConsumer
    let producer: KafkaProducer
    let logger: Logger
    private let stopping = Atomic<Bool>(false)
    /// Inputs whose outputs a broker refused for good, and what they become when read again. Touched only by
    /// the runner's thread, as are the two below.
    var undeliverable: [MessageIdentity: UndeliverableInput] = [:]
    /// The batches on their way (at least once).
    var pipeline: DeliveryPipeline
    /// The next offset to read of each partition whose outputs are delivered, for the synchronous commit on
    /// revoke and stop.
    var deliveredOffsets: [TopicPartition: Int64] = [:]
    /// Delivered offsets not yet committed, and when the last commit went.
    var uncommittedOffsets: [TopicPartition: Int64] = [:]
    var lastCommit = ContinuousClock.now
    /// How long to wait before reading again after a transient delivery failure; doubles up to 5 s.
    var redeliveryBackoff = Duration.milliseconds(100)
    /// What handling an input has been costing: whether a batch goes to the handler threads.
    var handlingCost = HandlingCost()
    private let rebalance = RebalanceListener()

    public init(
        configuration: StageRunnerConfiguration,
        kafka: KafkaConfiguration,
        handler: some StageHandler,
        logger: Logger
    ) throws(KafkaError) {
        var consumerOptions = configuration.consumer
        var producerOptions = configuration.producer
        if configuration.delivery == .exactlyOnce {
            consumerOptions.readCommitted = true
            producerOptions.transactionalID = configuration.transactionalID ?? Self.defaultTransactionalID(configuration)
        }
        self.configuration = configuration
        self.handler = handler
        self.logger = logger
        statistics = StageStatistics(stage: configuration.stageName)
        pipeline = DeliveryPipeline(maximumBatches: configuration.maxBatchesInFlight, maximumBytes: configuration.maxBytesInFlight)
        consumer = try KafkaConsumer(configuration: kafka, options: consumerOptions, rebalance: rebalance, logger: logger)
        // Transactions flush inside librdkafka, which serves reports only from a thread of its own.
        producer = try KafkaProducer(
            configuration: kafka, options: producerOptions, reportsServedByCaller: configuration.delivery == .atLeastOnce, logger: logger
        )
        rebalance.onRevoke = { [weak self] _ in
            guard let self, configuration.delivery == .atLeastOnce else { return }
            drainBeforeRevoke()
        }
    }

    /// Unique per running copy: fencing needs one id per producer instance.
    static func defaultTransactionalID(_ configuration: StageRunnerConfiguration) -> String {
        "\(configuration.groupID)-\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)"
    }

    public func run() async throws {
        try await withTaskCancellationHandler {
            try await withGracefulShutdownHandler {
                try await runOnOwnThread()
            } onGracefulShutdown: { [self] in
                stop()
            }
        } onCancel: { [self] in
            stop()
        }
    }

    /// Asks the loop to finish its open batch and return.
    public func stop() {
        stopping.store(true, ordering: .releasing)
    }

    var isStopping: Bool { stopping.load(ordering: .acquiring) }

    private func runOnOwnThread() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread { [self] in
                do {
                    try loop()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "mash.stage.\(configuration.stageName)"
            thread.start()
        }
    }

    /// Logs `mash.stage.ready` once the group has given this copy its partitions; true once it has.
    private func announceReadyOnceAssigned() -> Bool {
        guard let assigned = try? consumer.assignment(), !assigned.isEmpty else { return false }
        logger.info(
            "mash.stage.ready",
            metadata: ["mash.stage": .string(configuration.stageName), "mash.stage.partitions": .stringConvertible(assigned.count)]
        )
        readiness.markReady()
        if let readyFile = configuration.readyFile { _ = FileManager.default.createFile(atPath: readyFile, contents: Data()) }
        return true
    }

    private func loop() throws(KafkaError) {
        defer {
            consumer.close()
            try? producer.flush(timeout: .seconds(10))
        }
        try consumer.checkConnection(timeout: configuration.connectionTimeout)
        try producer.prepare(timeout: configuration.connectionTimeout)
        try consumer.subscribe(configuration.inputTopics)
        if configuration.delivery == .exactlyOnce {
            try producer.initTransactions(timeout: .seconds(60))
        }
        logger.info(
            "mash.stage.started",
            metadata: [
                "mash.stage": .string(configuration.stageName),
                "mash.stage.input": .string(configuration.inputTopics.joined(separator: ",")),
                "mash.stage.group": .string(configuration.groupID),
                "mash.stage.delivery": .string(configuration.delivery.rawValue),
            ]
        )
        var announcedReady = false
        let pipelined = configuration.delivery == .atLeastOnce
        while !isStopping {
            if pipelined {
                // A full pipeline waits for reports; otherwise only what has already come is taken.
                settle(waitingUpTo: pipeline.isFull ? .milliseconds(10) : .zero)
                if pipeline.isFull { continue }
            }
            var batch = try consumer.pollBatch(
                maxMessages: configuration.batchSize,
                maxWait: configuration.maxBatchWait,
                // With outputs in flight, come back soon to take their reports and commit.
                idleTimeout: pipeline.isEmpty ? .milliseconds(100) : .milliseconds(1),
                // Inputs are let go once their outputs are delivered (or their transaction is done): their
                // bytes can stay in librdkafka's buffers meanwhile.
                borrowing: true
            )
            if configuration.inputsFromOutside { batch = batch.map(IdempotencyKey.strippingHubHeaders) }
            if !announcedReady { announcedReady = announceReadyOnceAssigned() }
            guard !batch.isEmpty else { continue }
            if pipelined {
                send(batch)
            } else {
                try processExactlyOnce(batch)
            }
        }
        if pipelined { drainAndCommit(within: configuration.drainTimeout) }
        logger.info(
            "mash.stage.stopped",
            metadata: [
                "mash.stage": .string(configuration.stageName),
                "mash.stage.consumed": .stringConvertible(statistics.consumed),
                "mash.stage.dead-lettered": .stringConvertible(statistics.deadLettered),
            ]
        )
    }
}

/// Where a consumed message was read: enough to recognise it when it is read again.
struct MessageIdentity: Hashable {
    let topic: String
    let partition: Int32
    let offset: Int64

    init(_ message: ConsumedMessage) {
        topic = message.topic
        partition = message.partition
        offset = message.offset
    }
}
