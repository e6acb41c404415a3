import ArgumentParser
import MASHKafka
import MASHWorker

struct TopicsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "Manage the hub's topics on a Kafka cluster.",
        subcommands: [Apply.self]
    )

    struct Apply: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the topics in topics/ that the cluster lacks.")

        @OptionGroup var kafka: KafkaOptions

        @Option(help: "Topics directory. Default $MASH_TOPICS_DIR, else the installed definitions (never a ./topics that happens to be here). It must define every topic the hub uses.")
        var topics: String?

        @Option(name: .customLong("replication-factor"), help: "Replication factor for new topics; -1 takes the broker's default.")
        var replicationFactor: Int = -1

        func run() async throws {
            let logger = ProcessLogging.bootstrap(label: "mash.topics")
            let definitions = try TopicsDirectory.definitions(topics)
            let admin = TopicAdmin(kafka: try kafka.configuration(clientID: "mash-topics"), logger: logger)
            let results = try admin.apply(definitions, replicationFactor: replicationFactor)
            for result in results { Console.line(result.description) }
            if results.contains(where: { if case .failed = $0 { true } else { false } }) {
                throw ExitCode.failure
            }
        }
    }
}
