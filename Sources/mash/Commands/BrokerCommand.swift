import ArgumentParser
import Foundation
import MASHKafka
import MASHWorker
import ServiceLifecycle
import UnixSignals

struct BrokerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broker",
        abstract: "Run the embedded Kafka-protocol broker (librdkafka's mock cluster) with the hub's topics."
    )

    @Option(help: "Loopback port clients bootstrap from.")
    var port: Int = 9092

    @Option(help: "Topics directory. Default $MASH_TOPICS_DIR, ./topics, or the package's.")
    var topics: String?

    @Option(help: "Partitions each topic gets at least (the embedded broker keeps about 5 MB per partition).")
    var partitions: Int = EmbeddedBroker.minimumPartitions

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.broker")
        let definitions = try TopicDefinition.load(from: try TopicsDirectory.resolve(topics))
        let broker = try EmbeddedBroker(port: port, topics: definitions, minimumPartitions: partitions, logger: logger)
        Console.line("bootstrap: \(broker.bootstrapServers)")
        let signals = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        for await _ in signals { break }
        withExtendedLifetime(broker) {}
    }
}

/// Resolves the topics directory option.
enum TopicsDirectory {
    static func resolve(_ path: String?) throws -> URL {
        if let path { return URL(fileURLWithPath: path) }
        guard let found = TopicDefinition.defaultDirectory() else {
            throw ValidationError("no topics directory found: pass --topics DIR or set MASH_TOPICS_DIR")
        }
        return found
    }
}
