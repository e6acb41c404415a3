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

    @Option(help: "Stop after this many seconds without a new message.")
    var idle: Double?

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.tail")
        let options = ConsumerOptions(groupID: "mash-tail-\(UUID().uuidString)", startFromEarliest: fromBeginning)
        let consumer = try KafkaConsumer(configuration: try kafka.configuration(clientID: "mash-tail"), options: options, logger: logger)
        defer { consumer.close() }
        try consumer.checkConnection()
        try consumer.subscribe([topic])
        var replays = ReplayFilter()
        var printed = 0
        var lastMessage = ContinuousClock.now
        while count.map({ printed < $0 }) ?? true {
            let batch = try await consumer.nextBatch()
            if batch.isEmpty, let idle, ContinuousClock.now - lastMessage > .milliseconds(Int64(idle * 1000)) { break }
            for message in batch where !distinct || replays.isFirst(message) {
                Console.line(String(decoding: message.value, as: UTF8.self))
                printed += 1
                lastMessage = ContinuousClock.now
                if let count, printed >= count { break }
            }
        }
    }
}
