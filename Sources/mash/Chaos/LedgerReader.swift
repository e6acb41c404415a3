import Logging
import MASHKafka
import MASHOperator
import MASHWorker
import Synchronization

/// Reads the output topics from the beginning into a `DeliveryLedger` until cancelled.
final class LedgerReader: Sendable {
    private let consumer: KafkaConsumer
    private let ledger = Mutex(DeliveryLedger())

    init(kafka: KafkaConfiguration, logger: Logger) throws {
        consumer = try KafkaConsumer(
            configuration: kafka,
            options: ConsumerOptions(groupID: "mash-ledger-\(ContinuousClock.now)"),
            logger: logger
        )
        try consumer.subscribe(DeliveryLedger.topics.map(\.rawValue))
    }

    func run() async throws {
        defer { consumer.close() }
        while !Task.isCancelled {
            let batch = try await consumer.nextBatch(maxMessages: 2000, maxWait: .milliseconds(20), idleTimeout: .milliseconds(100))
            ledger.withLock { ledger in for message in batch { ledger.add(message) } }
        }
    }

    var snapshot: DeliveryLedger { ledger.withLock { $0 } }
}
