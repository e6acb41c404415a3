import Foundation
import Logging
import MASHCore
import MASHKafka
import ServiceLifecycle
import Synchronization

/// Reads the case topics into the workspace's read model: every partition, from where the store left off
/// (the beginning for a new store), with no consumer group, so each copy of the workspace keeps its own
/// complete model. Runs on its own thread until shutdown; reports how far behind the topics it is.
public final class ReadModelFollower: Service, Sendable {
    private let store: CaseStore
    private let consumer: KafkaConsumer
    private let logger: Logger
    private let stopping = Atomic<Bool>(false)
    /// How far the read model has got.
    public let progress = ReadModelProgress()

    public init(store: CaseStore, kafka: KafkaConfiguration, logger: Logger) throws {
        self.store = store
        self.logger = logger
        consumer = try KafkaConsumer(
            configuration: kafka, options: ConsumerOptions(groupID: "mash-workspace-\(UUID().uuidString)", fetchWait: .milliseconds(50)), logger: logger
        )
    }

    public func run() async throws {
        try await withGracefulShutdownHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let thread = Thread { [self] in
                    do {
                        try follow()
                        continuation.resume()
                    } catch {
                        continuation.resume(throwing: error)
                    }
                }
                thread.name = "mash.workspace.follower"
                thread.start()
            }
        } onGracefulShutdown: { [self] in
            stopping.store(true, ordering: .releasing)
        }
    }

    private func follow() throws {
        defer { consumer.close() }
        try consumer.checkConnection(timeout: .seconds(30))
        let stored = try store.positions()
        var start: [TopicPartition: Int64] = [:]
        var ends: [TopicPartition: Int64] = [:]
        for topic in HubMessage.topics.map(\.rawValue) {
            for index in 0..<Int32(try consumer.partitionCount(of: topic)) {
                let partition = TopicPartition(topic: topic, partition: index)
                start[partition] = stored[partition] ?? -2  // -2: the beginning
                ends[partition] = try consumer.watermarks(of: partition).high
            }
        }
        try consumer.assign(start)
        var positions = stored
        progress.update(lag: Self.lag(ends: ends, positions: positions), caughtUp: false)
        logger.info("mash.workspace.reading", metadata: ["mash.workspace.partitions": .stringConvertible(start.count)])
        var lastLagCheck = ContinuousClock.now
        var caughtUp = false
        while !stopping.load(ordering: .acquiring) {
            let batch = try consumer.pollBatch(maxMessages: 2000, maxWait: .milliseconds(20), idleTimeout: .milliseconds(100))
            try store.apply(batch)
            for message in batch {
                positions[TopicPartition(topic: message.topic, partition: message.partition)] = message.offset + 1
            }
            progress.read(batch.count)
            if !caughtUp {
                caughtUp = ends.allSatisfy { positions[$0.key, default: 0] >= $0.value }
                if caughtUp { logger.info("mash.workspace.caught-up", metadata: ["mash.workspace.messages": .stringConvertible(progress.messagesRead)]) }
            }
            if !caughtUp || batch.isEmpty || ContinuousClock.now - lastLagCheck > .seconds(1) {
                for partition in ends.keys {
                    if let high = consumer.cachedHighWatermark(of: partition) { ends[partition] = max(ends[partition] ?? 0, high) }
                }
                progress.update(lag: Self.lag(ends: ends, positions: positions), caughtUp: caughtUp)
                lastLagCheck = ContinuousClock.now
            }
        }
    }

    /// Messages on the topics the model has not read yet.
    private static func lag(ends: [TopicPartition: Int64], positions: [TopicPartition: Int64]) -> Int64 {
        ends.reduce(0) { total, entry in total + max(0, entry.value - max(0, positions[entry.key] ?? 0)) }
    }
}

/// How far the read model has got: messages behind the topics, and whether it has once read everything
/// that was there when it started.
public final class ReadModelProgress: Sendable {
    private struct State {
        var lag: Int64 = -1
        var caughtUp = false
        var messagesRead = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// Messages not yet read (-1 before the first count).
    public var lag: Int64 { state.withLock { $0.lag } }
    /// Whether everything on the topics at start has been read.
    public var caughtUp: Bool { state.withLock { $0.caughtUp } }
    /// Messages read since start.
    public var messagesRead: Int { state.withLock { $0.messagesRead } }

    func update(lag: Int64, caughtUp: Bool) {
        state.withLock {
            $0.lag = lag
            $0.caughtUp = caughtUp
        }
    }

    func read(_ count: Int) {
        state.withLock { $0.messagesRead += count }
    }
}
