import Foundation
import Logging
import MASHKafka

/// The one embedded broker of a `mash bench relay` run, and the settings every client there uses: the
/// relays under test and the bench's own producers and consumers alike.
struct RelayBenchBroker: @unchecked Sendable {
    let broker: EmbeddedBroker
    /// Partitions of every topic the bench makes.
    let partitions: Int
    /// librdkafka properties for every client, relays included.
    let clientProperties: [String: String]
    /// Where each relay's log goes.
    let logs: URL
    /// Options given to every `mash relay` after its defaults (`mash bench relay --mash-relay-option`).
    let mashRelayOptions: [String]
    let logger: Logger

    /// Every client's settings unless overridden: the embedded broker's own (`EmbeddedBroker.clientProperties`)
    /// with the shortest fetch wait and no linger, so neither a hop's fetch nor its produce waits for more;
    /// and a prefetch that holds the whole backlog. A consumer whose prefetched messages reach
    /// `queued.max.messages.kbytes` (64 MiB by default, half the 124 MB backlog) stops fetching for about a
    /// second in librdkafka 2.0 (`fetch.queue.backoff.ms`, which sets that pause, came in 2.1): a relay that
    /// drains its prefetch faster than that then idles, and the figures would measure the pause, not the relay.
    static let defaultProperties: [String: String] = EmbeddedBroker.clientProperties.merging(
        ["fetch.wait.max.ms": "1", "linger.ms": "0", "queued.max.messages.kbytes": "1048576"], uniquingKeysWith: { _, bench in bench }
    )

    /// Starts a broker with no topics yet; `overrides` win over the default properties. The logs of an
    /// earlier run are cleared.
    init(partitions: Int, overrides: [String: String], mashRelayOptions: [String] = [], logs: URL, logger: Logger) throws {
        try? FileManager.default.removeItem(at: logs)
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        broker = try EmbeddedBroker(topics: [], logger: logger)
        self.partitions = partitions
        clientProperties = Self.defaultProperties.merging(overrides, uniquingKeysWith: { _, given in given })
        self.logs = logs
        self.mashRelayOptions = mashRelayOptions
        self.logger = logger
    }

    var bootstrapServers: String { broker.bootstrapServers }

    /// The configuration of the bench's own clients.
    var kafka: KafkaConfiguration {
        KafkaConfiguration(bootstrapServers: bootstrapServers, clientID: "mash-bench-relay", properties: clientProperties)
    }

    /// Creates `name` with the bench's partition count and returns it.
    @discardableResult
    func createTopic(_ name: String) throws -> String {
        try broker.createTopic(name, partitions: partitions)
        return name
    }

    /// The consumer group of the relay called `name`.
    static func group(of name: String) -> String { "bench-\(name)" }

    /// `implementation` as a child process relaying `input` to `output` in its own group.
    func relay(_ implementation: RelayImplementation, name: String, input: String, output: String) throws -> WorkerProcess {
        try implementation.process(
            name: name, input: input, output: output, group: Self.group(of: name), bootstrapServers: bootstrapServers,
            properties: clientProperties, mashRelayOptions: mashRelayOptions, logs: logs
        )
    }

    /// Each partition's first offset still held and the offset after its last message.
    func watermarks(of topic: String) throws -> [TopicPartition: (low: Int64, high: Int64)] {
        let probe = try KafkaConsumer(configuration: kafka, options: ConsumerOptions(groupID: "bench-probe-\(UUID().uuidString)"), logger: logger)
        defer { probe.close() }
        var marks: [TopicPartition: (low: Int64, high: Int64)] = [:]
        for index in 0..<Int32(try probe.partitionCount(of: topic)) {
            let partition = TopicPartition(topic: topic, partition: index)
            marks[partition] = try probe.watermarks(of: partition)
        }
        return marks
    }

    /// Commits `offsets` for `group` before any member joins it, so its first member starts there.
    func commit(_ offsets: [TopicPartition: Int64], for group: String) throws {
        let committer = try KafkaConsumer(configuration: kafka, options: ConsumerOptions(groupID: group), logger: logger)
        defer { committer.close() }
        try committer.commit(offsets)
    }
}

/// The middle value (the mean of the two middle ones for an even count); 0 for none.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
