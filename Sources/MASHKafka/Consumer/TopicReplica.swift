import Foundation
import Logging
import Synchronization

/// A local copy of a keyed topic (such as a compacted register): read from the beginning at start, then
/// kept up to date by a background thread, so every copy of a worker sees what the others wrote.
public final class TopicReplica: Sendable {
    private let consumer: KafkaConsumer
    private let poller: Mutex<PollThread?> = Mutex(nil)

    public init(kafka: KafkaConfiguration, logger: Logger) throws(KafkaError) {
        consumer = try KafkaConsumer(
            configuration: kafka,
            options: ConsumerOptions(groupID: "mash-replica-\(UUID().uuidString)"),
            logger: logger
        )
    }

    /// Reads `topic` up to its current end, handing each message to `apply`, then keeps applying new
    /// messages in the background until `stop`. Returns how many messages the catch-up read.
    @discardableResult
    public func start(topic: String, timeout: Duration = .seconds(60), apply: @escaping @Sendable (ConsumedMessage) -> Void) throws(KafkaError) -> Int {
        let read = try catchUp(topic: topic, timeout: timeout, apply: apply)
        let consumer = self.consumer
        let thread = PollThread(name: "mash.replica.\(topic)") {
            guard let batch = try? consumer.pollBatch(maxMessages: 1000, maxWait: .milliseconds(10), idleTimeout: .milliseconds(100)) else { return }
            for message in batch { apply(message) }
        }
        poller.withLock { $0 = thread }
        return read
    }

    /// Reads `topic` from its beginning up to its end as it is now, each partition in order, and returns
    /// how many messages there were.
    @discardableResult
    public func catchUp(topic: String, timeout: Duration = .seconds(60), apply: (ConsumedMessage) -> Void) throws(KafkaError) -> Int {
        let partitions = (0..<Int32(try consumer.partitionCount(of: topic))).map { TopicPartition(topic: topic, partition: $0) }
        var remaining: [TopicPartition: Int64] = [:]
        for partition in partitions {
            let (low, high) = try consumer.watermarks(of: partition)
            if high > low { remaining[partition] = high }
        }
        try consumer.assign(Dictionary(uniqueKeysWithValues: partitions.map { ($0, Int64(-2)) }))  // -2: the beginning
        var read = 0
        let deadline = ContinuousClock.now + timeout
        while !remaining.isEmpty {
            guard ContinuousClock.now < deadline else {
                throw KafkaError(operation: "read \(topic)", message: "not caught up within \(timeout)")
            }
            for message in try consumer.pollBatch(maxMessages: 5000, maxWait: .milliseconds(20), idleTimeout: .milliseconds(200)) {
                apply(message)
                read += 1
                let partition = TopicPartition(topic: message.topic, partition: message.partition)
                if let end = remaining[partition], message.offset + 1 >= end { remaining[partition] = nil }
            }
        }
        return read
    }

    /// Stops following the topic.
    public func stop() {
        poller.withLock { $0 }?.stop()
        consumer.close()
    }
}
