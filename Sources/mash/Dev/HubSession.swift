import Foundation
import Logging
import MASHKafka

/// A hub running for one command: its synthetic data, a broker (embedded unless one is given) and the four
/// workers, ready to take referrals.
final class HubSession: Sendable {
    let data: HubData
    let bootstrapServers: String
    let workers: HubWorkers
    /// Kept alive for the session; nil when the hub runs on a cluster given by address.
    let broker: EmbeddedBroker?

    private init(data: HubData, bootstrapServers: String, workers: HubWorkers, broker: EmbeddedBroker?) {
        self.data = data
        self.bootstrapServers = bootstrapServers
        self.workers = workers
        self.broker = broker
    }

    /// Prepares the data, starts the broker and the workers, and waits until every worker has its partitions.
    static func start(
        folder: URL, people: Int, referrals: Int, seed: UInt64, port: Int, bootstrapServers: String? = nil,
        kind: HubWorkers.Kind = .stages, copies: [String: Int] = [:], policy: String? = nil, workerArguments: [String] = [],
        watch: Bool = false, logger: Logger
    ) async throws -> HubSession {
        let data = try HubData.prepare(in: folder, people: people, referrals: referrals, seed: seed)
        Console.line(data.description)
        var broker: EmbeddedBroker?
        let servers: String
        if let bootstrapServers {
            servers = bootstrapServers
        } else {
            let embedded = try EmbeddedBroker.startingOnFreePort(preferred: port, topics: try TopicsDirectory.definitions(nil), logger: logger)
            broker = embedded
            servers = embedded.bootstrapServers
            Console.line("embedded broker: \(servers)")
        }
        let tuning = tuningArguments(embedded: broker != nil)
        let logs = folder.appendingPathComponent("logs")
        let workers = try HubWorkers(
            kind: kind, bootstrapServers: servers, stores: data.folder, logs: logs, copies: copies, policy: policy,
            extraArguments: tuning + workerArguments, watch: watch
        )
        try workers.start()
        Console.line("workers: \(workers.workers.map(\.name).joined(separator: ", ")) (logs in \(logs.path))")
        if !(await workers.waitUntilReady(timeout: .seconds(60))) {
            Console.line("some workers are not ready after 60 s; going on anyway (see their logs)")
        }
        return HubSession(data: data, bootstrapServers: servers, workers: workers, broker: broker)
    }

    /// `-X` options for a worker of this hub: on the embedded broker, the properties that suit it (options
    /// given after these win).
    var workerTuning: [String] { Self.tuningArguments(embedded: broker != nil) }

    private static func tuningArguments(embedded: Bool) -> [String] {
        guard embedded else { return [] }
        return EmbeddedBroker.clientProperties.sorted { $0.key < $1.key }.flatMap { ["-X", "\($0.key)=\($0.value)"] }
    }

    var kafka: KafkaConfiguration {
        KafkaConfiguration(bootstrapServers: bootstrapServers, clientID: "mash", properties: broker == nil ? [:] : EmbeddedBroker.clientProperties)
    }

    /// Stops the workers gracefully.
    func stop() async {
        Console.line("stopping workers...")
        await workers.stop()
    }
}
