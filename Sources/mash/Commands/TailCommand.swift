import ArgumentParser
import Foundation
import MASHKafka
import MASHWorker

struct TailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "Print the messages on a topic as they arrive, one per line."
    )

    @OptionGroup var kafka: KafkaOptions

    @Argument(help: "Topic to read, e.g. mash.tasking.police.")
    var topic: String

    @Flag(help: "Drop replays: print each idempotency key once.")
    var distinct = false

    @Flag(name: .customLong("from-beginning"), help: "Start at the oldest message instead of the newest.")
    var fromBeginning = false

    @Option(help: "Stop after this many messages.")
    var count: Int?

    @Option(help: "Print every message the topic holds, from the oldest, then stop once this many seconds pass without a new one.")
    var idle: Double?

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.tail")
        // No consumer group: every partition is read directly, at once, from where it should start.
        let options = ConsumerOptions(groupID: "mash-tail-\(UUID().uuidString)", startFromEarliest: fromBeginning || idle != nil)
        let consumer = try KafkaConsumer(configuration: try kafka.configuration(clientID: "mash-tail"), options: options, logger: logger)
        defer { consumer.close() }
        try consumer.checkConnection()
        let partitions = try (0..<Int32(consumer.partitionCount(of: topic))).map { TopicPartition(topic: topic, partition: $0) }
        var start: [TopicPartition: Int64] = [:]
        var end: [TopicPartition: Int64] = [:]
        for partition in partitions {
            let marks = try consumer.watermarks(of: partition)
            start[partition] = fromBeginning || idle != nil ? marks.low : marks.high
            end[partition] = marks.high
        }
        try consumer.assign(start)
        // What the topic held when tail started: --idle never stops before it has printed all of it.
        var behind = Set(partitions.filter { (end[$0] ?? 0) > (start[$0] ?? 0) })
        var replays = ReplayFilter()
        var printed = 0
        var lastMessage = ContinuousClock.now
        while count.map({ printed < $0 }) ?? true {
            let batch = try await consumer.nextBatch()
            // A partition whose last offsets are transaction markers never delivers them: past twice the
            // idle time (and 5 s), what is left behind is not there to print.
            if batch.isEmpty, let idle {
                let quiet = ContinuousClock.now - lastMessage
                if quiet > .milliseconds(Int64(idle * 1000)), behind.isEmpty || quiet > .milliseconds(Int64(idle * 2000) + 5_000) { break }
            }
            for message in batch {
                let partition = TopicPartition(topic: message.topic, partition: message.partition)
                if message.offset + 1 >= end[partition] ?? 0 { behind.remove(partition) }
                lastMessage = ContinuousClock.now
                guard !distinct || replays.isFirst(message) else { continue }
                Console.line(String(decoding: message.value, as: UTF8.self))
                printed += 1
                if let count, printed >= count { break }
            }
        }
    }
}
