import Foundation
import Logging
import MASHKafka
import MASHReport

/// Reads what some topics hold now, from the oldest message of every partition up to its end when reading
/// began, and hands each message over; with no consumer group, so nothing is committed and nothing else is
/// disturbed.
enum TopicSnapshot {
    static func read(_ topics: [String], kafka: KafkaConfiguration, logger: Logger, _ take: (ConsumedMessage) -> Void) throws {
        let consumer = try KafkaConsumer(configuration: kafka, options: ConsumerOptions(groupID: "mash-snapshot-\(UUID().uuidString)", startFromEarliest: true),
                                         logger: logger)
        defer { consumer.close() }
        try consumer.checkConnection()
        var start: [TopicPartition: Int64] = [:]
        var end: [TopicPartition: Int64] = [:]
        for topic in topics {
            for index in 0..<Int32(try consumer.partitionCount(of: topic)) {
                let partition = TopicPartition(topic: topic, partition: index)
                let marks = try consumer.watermarks(of: partition)
                if marks.high > marks.low {
                    start[partition] = marks.low
                    end[partition] = marks.high
                }
            }
        }
        guard !start.isEmpty else { return }
        try consumer.assign(start)
        var behind = Set(end.keys)
        var quietSince = ContinuousClock.now
        // A partition whose last offsets are transaction markers never delivers them: 5 s of quiet ends it.
        while !behind.isEmpty, ContinuousClock.now - quietSince < .seconds(5) {
            let batch = try consumer.pollBatch(maxMessages: 2000, maxWait: .milliseconds(20), idleTimeout: .milliseconds(200))
            if !batch.isEmpty { quietSince = ContinuousClock.now }
            for message in batch {
                let partition = TopicPartition(topic: message.topic, partition: message.partition)
                if message.offset + 1 >= end[partition] ?? 0 { behind.remove(partition) }
                take(message)
            }
        }
    }
}

extension HubHistory {
    /// The hub's record as the case topics hold it now.
    static func read(kafka: KafkaConfiguration, logger: Logger) throws -> HubHistory {
        var history = HubHistory()
        try TopicSnapshot.read(HubHistory.topics.map(\.rawValue), kafka: kafka, logger: logger) { history.take(topic: $0.topic, value: $0.value) }
        return history
    }
}
