import Foundation
import Logging
import Metrics
import ServiceLifecycle
import Synchronization

/// Where a `TopicFollower` keeps what it reads: it takes in each batch and remembers, durably, how far it
/// got in each partition (in the same transaction, so a restart neither skips nor double-counts).
public protocol FollowerStore: Sendable {
    /// The next offset to read in each partition the store has read from.
    func positions() throws -> [TopicPartition: Int64]
    /// Takes in a batch and moves each partition's position past it.
    func apply(_ batch: [ConsumedMessage]) throws
}

/// Reads every partition of some topics into a store, from where the store left off (the beginning for a
/// new store), with no consumer group: each copy of a service keeps its own complete model. Runs on its own
/// thread until shutdown; reports how far behind the topics it is.
public final class TopicFollower: Service, Sendable {
    private let name: String
    private let topics: [String]
    private let store: any FollowerStore
    private let consumer: KafkaConsumer
    private let logger: Logger
    private let stopping = Atomic<Bool>(false)
    /// How far the store has got.
    public let progress: FollowerProgress

    /// A follower named `name` (its thread and log events: `mash.<name>.reading`, `mash.<name>.caught-up`).
    public init(name: String, topics: [String], store: any FollowerStore, kafka: KafkaConfiguration, logger: Logger) throws {
        self.name = name
        progress = FollowerProgress(lag: Gauge(label: "mash_follower_lag_messages", dimensions: [("follower", name)]))
        self.topics = topics
        self.store = store
        self.logger = logger
        consumer = try KafkaConsumer(
            configuration: kafka, options: ConsumerOptions(groupID: "mash-\(name)-\(UUID().uuidString)", fetchWait: .milliseconds(50)), logger: logger
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
                thread.name = "mash.\(name).follower"
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
        for topic in topics {
            for index in 0..<Int32(try consumer.partitionCount(of: topic)) {
                let partition = TopicPartition(topic: topic, partition: index)
                start[partition] = stored[partition] ?? -2  // -2: the beginning
                ends[partition] = try consumer.watermarks(of: partition).high
            }
        }
        try consumer.assign(start)
        var positions = stored
        progress.update(lag: Self.lag(ends: ends, positions: positions), caughtUp: false)
        logger.info("mash.\(name).reading", metadata: ["mash.\(name).partitions": .stringConvertible(start.count)])
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
                if caughtUp { logger.info("mash.\(name).caught-up", metadata: ["mash.\(name).messages": .stringConvertible(progress.messagesRead)]) }
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

    /// Messages on the topics the store has not read yet.
    private static func lag(ends: [TopicPartition: Int64], positions: [TopicPartition: Int64]) -> Int64 {
        ends.reduce(0) { total, entry in total + max(0, entry.value - max(0, positions[entry.key] ?? 0)) }
    }
}

/// How far a follower has got: messages behind the topics, and whether it has once read everything that
/// was there when it started.
public final class FollowerProgress: Sendable {
    private struct State {
        var lag: Int64 = -1
        var caughtUp = false
        var messagesRead = 0
    }

    private let state = Mutex(State())
    private let lagGauge: Gauge?

    public init() { lagGauge = nil }

    init(lag: Gauge) { lagGauge = lag }

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
        lagGauge?.record(lag)
    }

    func read(_ count: Int) {
        state.withLock { $0.messagesRead += count }
    }
}
