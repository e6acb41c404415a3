import Foundation
import Logging
import MASHKafka

/// An embedded broker for one test, with a logger that stays quiet unless asked.
public final class TestBroker: Sendable {
    public let broker: EmbeddedBroker
    public let logger: Logger

    /// Starts a broker with these topics (name and partitions) plus `mash.dead-letter`.
    public convenience init(topics: [String: Int], port: Int? = nil) throws {
        var definitions = topics.map { TopicDefinition(name: $0.key, partitions: $0.value) }
        if topics["mash.dead-letter"] == nil { definitions.append(TopicDefinition(name: "mash.dead-letter", partitions: 2)) }
        try self.init(definitions: definitions, port: port)
    }

    /// Starts a broker with exactly these topics.
    public init(definitions: [TopicDefinition], port: Int? = nil) throws {
        var logger = Logger(label: "mash.test")
        logger.logLevel = ProcessInfo.processInfo.environment["MASH_TEST_LOG"] == nil ? .critical : .debug
        self.logger = logger
        broker = try EmbeddedBroker(port: port, topics: definitions, logger: logger)
    }

    public var bootstrapServers: String { broker.bootstrapServers }

    public var kafka: KafkaConfiguration {
        KafkaConfiguration(bootstrapServers: bootstrapServers, clientID: "mash-test")
    }

    public func producer() throws -> KafkaProducer {
        try KafkaProducer(configuration: kafka, logger: logger)
    }

    /// A consumer in a fresh group (or the given one), subscribed to `topics`, reading from the start.
    public func consumer(group: String = "test-\(UUID().uuidString)", topics: [String]) throws -> KafkaConsumer {
        let consumer = try KafkaConsumer(configuration: kafka, options: ConsumerOptions(groupID: group), logger: logger)
        try consumer.subscribe(topics)
        return consumer
    }

    /// Reads `topics` from the start until it has at least `count` messages, then on until nothing new has
    /// come for `quiet`: for counting what a topic holds once its writers have settled, replays included. A
    /// fixed timeout would count a read cut short on a slow machine (a fresh group's join alone takes seconds).
    public func collectSettled(_ topics: [String], atLeast count: Int, quiet: Duration = .seconds(2), timeout: Duration = .seconds(60)) async throws -> [ConsumedMessage] {
        let consumer = try consumer(topics: topics)
        defer { consumer.close() }
        var messages: [ConsumedMessage] = []
        let deadline = ContinuousClock.now + timeout
        var lastNew = ContinuousClock.now
        while ContinuousClock.now < deadline {
            let batch = try await consumer.nextBatch(maxMessages: 1000, maxWait: .milliseconds(20), idleTimeout: .milliseconds(200))
            if !batch.isEmpty { lastNew = .now }
            messages += batch
            if messages.count >= count, ContinuousClock.now - lastNew >= quiet { break }
        }
        return messages
    }

    /// Reads `topics` from the start until `until` holds for what was read, or the timeout passes.
    public func collect(
        _ topics: [String],
        timeout: Duration = .seconds(30),
        until done: ([ConsumedMessage]) -> Bool
    ) async throws -> [ConsumedMessage] {
        let consumer = try consumer(topics: topics)
        defer { consumer.close() }
        var messages: [ConsumedMessage] = []
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, !done(messages) {
            messages += try await consumer.nextBatch(maxMessages: 1000, maxWait: .milliseconds(20), idleTimeout: .milliseconds(200))
        }
        return messages
    }
}
