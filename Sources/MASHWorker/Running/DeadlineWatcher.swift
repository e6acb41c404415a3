import Foundation
import Logging
import MASHCore
import MASHKafka
import MASHStages
import ServiceLifecycle
import Synchronization

/// Runs the deadline watch against Kafka: copies share the case topics' partitions in one consumer group
/// (a case's messages, keyed by its child, are all on one partition), each reads its partitions from the
/// beginning (it commits nothing, so a restart or a rebalance rebuilds what it watches), and once a second
/// sends what is due to `mash.escalation`, each escalation with an idempotency key from its deterministic id.
public final class DeadlineWatcher: Service, Sendable {
    private let consumer: KafkaConsumer
    private let producer: KafkaProducer
    private let policy: HubPolicy
    private let logger: Logger
    private let readyFile: String?
    private let stopping = Atomic<Bool>(false)
    private let raisedCount = Atomic<Int>(0)

    /// Escalations sent so far.
    public var raised: Int { raisedCount.load(ordering: .relaxed) }

    public init(policy: HubPolicy, kafka: KafkaConfiguration, groupID: String = "mash-watch", readyFile: String? = nil, logger: Logger) throws {
        self.policy = policy
        self.logger = logger
        self.readyFile = readyFile
        consumer = try KafkaConsumer(configuration: kafka, options: ConsumerOptions(groupID: groupID, startFromEarliest: true), logger: logger)
        producer = try KafkaProducer(configuration: kafka, logger: logger)
    }

    public func run() async throws {
        try await withGracefulShutdownHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let thread = Thread { [self] in
                    do {
                        try watch()
                        continuation.resume()
                    } catch {
                        continuation.resume(throwing: error)
                    }
                }
                thread.name = "mash.watch"
                thread.start()
            }
        } onGracefulShutdown: { [self] in
            stopping.store(true, ordering: .releasing)
        }
    }

    private func watch() throws {
        defer {
            consumer.close()
            try? producer.flush(timeout: .seconds(10))
        }
        try consumer.checkConnection(timeout: .seconds(30))
        try producer.prepare(timeout: .seconds(30))
        try consumer.subscribe(DeadlineWatch.topics.map(\.rawValue))
        logger.info("mash.watch.started", metadata: ["mash.watch.topics": .string(DeadlineWatch.topics.map(\.rawValue).joined(separator: ","))])
        var watch = DeadlineWatch(policy: policy)
        var unsent: [Escalation] = []
        var ready = false
        var lastTick = ContinuousClock.now
        while !stopping.load(ordering: .acquiring) {
            let batch = try consumer.pollBatch(maxMessages: 2000, maxWait: .milliseconds(20), idleTimeout: .milliseconds(200))
            for message in batch { watch.take(topic: message.topic, partition: message.partition, value: message.value) }
            guard ContinuousClock.now - lastTick >= .seconds(1) else { continue }
            lastTick = ContinuousClock.now
            let assigned = Set((try? consumer.assignment()) ?? [])
            if !ready, !assigned.isEmpty {
                ready = true
                logger.info("mash.watch.ready", metadata: ["mash.watch.partitions": .stringConvertible(assigned.count)])
                if let readyFile { _ = FileManager.default.createFile(atPath: readyFile, contents: Data()) }
            }
            // A partition handed to another copy is watched there now.
            watch.keep(partitions: Set(assigned.filter { $0.topic == PipelineTopic.research.rawValue }.map(\.partition)))
            unsent += watch.due(at: .now)
            guard !unsent.isEmpty else { continue }
            do {
                try producer.sendAndWait(try unsent.map(Self.record))
                for escalation in unsent {
                    logger.warning("mash.watch.escalated", metadata: [
                        "mash.case.id": .string(escalation.caseId), "mash.escalation.id": .string(escalation.escalationId),
                        "mash.escalation.concerning": .string(escalation.concerning?.rawValue ?? ""),
                        "mash.escalation.to": .string(escalation.deadline?.escalatedTo.rawValue ?? ""),
                        "mash.escalation.agency": .string(escalation.deadline?.agency?.rawValue ?? ""),
                    ])
                }
                raisedCount.add(unsent.count, ordering: .relaxed)
                unsent = []
            } catch {
                // Kept and sent again next time: a missed deadline is never dropped.
                logger.warning("mash.watch.send-failed", metadata: ["error": .string("\(error)"), "mash.watch.unsent": .stringConvertible(unsent.count)])
            }
        }
    }

    /// The escalation as a record keyed by its case, with an idempotency key from its id.
    static func record(_ escalation: Escalation) throws -> ProducerRecord {
        let key = IdempotencyKey.derive(base: SHA256.hex(Array(escalation.escalationId.utf8)), topic: PipelineTopic.escalation.rawValue, index: 0)
        return ProducerRecord(topic: PipelineTopic.escalation.rawValue, key: escalation.caseId, value: try MASHJSON.encodeBytes(escalation),
                              headers: [KafkaHeader(name: IdempotencyKey.header, string: key)])
    }
}
