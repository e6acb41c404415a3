import ArgumentParser
import MASHCore
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

    @Option(help: "Topics directory. Default $MASH_TOPICS_DIR, else the installed definitions (never a ./topics that happens to be here). It must define every topic the hub uses.")
    var topics: String?

    @Option(help: "Partitions each topic gets at least (the embedded broker keeps about 5 MB per partition).")
    var partitions: Int = EmbeddedBroker.minimumPartitions

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.broker")
        let definitions = try TopicsDirectory.definitions(topics)
        let broker = try EmbeddedBroker(port: port, topics: definitions, minimumPartitions: partitions, logger: logger)
        Console.line("bootstrap: \(broker.bootstrapServers)")
        let signals = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        for await _ in signals { break }
        withExtendedLifetime(broker) {}
    }
}

/// Resolves the topics directory option.
enum TopicsDirectory {
    /// The definitions in the topics folder: `path` (`--topics`), else `$MASH_TOPICS_DIR`, else the installed
    /// ones; the folder must define every topic the hub uses. Logs which folder it is.
    static func definitions(_ path: String?) throws -> [TopicDefinition] {
        let folder: URL
        if let path {
            folder = URL(fileURLWithPath: path)
        } else if let found = TopicDefinition.defaultDirectory() {
            folder = found
        } else {
            throw ValidationError("no topics directory found: pass --topics DIR or set MASH_TOPICS_DIR")
        }
        let definitions: [TopicDefinition]
        do {
            definitions = try TopicDefinition.load(from: folder)
        } catch {
            throw ValidationError("topics folder \(folder.path): \(error)")
        }
        let missing = Set(PipelineTopic.allCases.map(\.rawValue)).subtracting(definitions.map(\.name)).sorted()
        guard missing.isEmpty else {
            throw ValidationError("topics folder \(folder.path) lacks topics the hub needs: \(missing.joined(separator: ", "))")
        }
        Console.error("topics: \(folder.path) (\(definitions.count) topics)")
        return definitions
    }
}
