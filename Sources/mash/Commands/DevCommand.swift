import ArgumentParser
import Foundation
import Logging
import MASHCore
import MASHKafka
import MASHOperator
import MASHReport
import MASHStages
import MASHWorker
import Synchronization
import UnixSignals

struct DevCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Run the whole hub on the embedded broker with synthetic data, and show its progress."
    )

    @Option(help: "Referrals to feed.")
    var referrals: Int = 2000

    @Option(help: "People in the synthetic population. Default five per referral, at least 5,000.")
    var people: Int?

    @Option(help: "Referrals per second to feed; 0 feeds as fast as the broker takes them.")
    var rate: Double = 150

    @Option(help: "Seed of the synthetic data.")
    var seed: UInt64 = 1

    @Option(help: "Folder for the synthetic data, agency stores and worker logs.")
    var data: String = ".mash/dev"

    @Option(help: "Port of the embedded broker (another free port is used if it is taken).")
    var port: Int = 9092

    @Option(name: .customLong("workspace-port"), help: "Port of the workspace (another free port is used if it is taken).")
    var workspacePort: Int = 8080

    @Option(name: .customLong("gateway-port"), help: "Port of the partner gateway (another free port is used if it is taken).")
    var gatewayPort: Int = 8090

    @Flag(name: .customLong("direct"), help: "Feed the referrals straight onto mash.referral instead of through the partner gateway.")
    var direct = false

    @Option(name: .customLong("copies"), help: ArgumentHelp("Run several copies of a worker, e.g. --copies mash-research=2 (repeatable).", valueName: "worker=n"))
    var copies: [String] = []

    @Option(help: "Give up waiting for outcomes after this many seconds.")
    var timeout: Double = 900

    @Option(help: "Threshold policy file (YAML, as policy/default.yaml) for the referral, risk and decision workers. Default their built-in policy.")
    var policy: String?

    @Flag(name: .customLong("keep-running"), help: "Keep the broker and workers running after the summary, until Ctrl-C.")
    var keepRunning = false

    func validate() throws {
        guard referrals >= 1 else { throw ValidationError("--referrals must be at least 1") }
        guard rate >= 0 else { throw ValidationError("--rate must not be negative") }
        _ = try copyCounts()
    }

    func copyCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for entry in copies {
            let parts = entry.split(separator: "=")
            guard parts.count == 2, let count = Int(parts[1]), count >= 1, count <= 16 else {
                throw ValidationError("--copies \(entry): expected worker=n with n from 1 to 16")
            }
            counts[String(parts[0])] = count
        }
        return counts
    }

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.dev")
        let stopRequested = StopSignal()
        // A broken policy would stop three workers at start-up: refuse it here, with the same reasons.
        let policyPath = policy.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if let policyPath {
            let loaded = try HubPolicy.load(contentsOf: URL(fileURLWithPath: policyPath))
            Console.line("policy: \(loaded.version) from \(policyPath)")
        }
        let hub = try await HubSession.start(
            folder: URL(fileURLWithPath: data), people: people ?? max(5000, referrals * 5), referrals: referrals, seed: seed,
            port: port, copies: try copyCounts(), policy: policyPath, watch: true, logger: logger
        )
        let workspace = try await DevWorkspace.start(
            folder: URL(fileURLWithPath: data), bootstrapServers: hub.bootstrapServers, port: workspacePort,
            workerArguments: hub.workerTuning, policy: policyPath
        )
        Self.announce(workspace)
        let gateway = try await DevGateway.start(
            folder: URL(fileURLWithPath: data), bootstrapServers: hub.bootstrapServers, port: gatewayPort, workerArguments: hub.workerTuning
        )
        Self.announce(gateway)
        let workers = hub.workers
        let kafka = hub.kafka
        let monitor = try PipelineMonitor(kafka: kafka, logger: logger)
        let monitoring = Task { try await monitor.run() }
        let lines = try ReferralFile.lines(at: hub.data.referralsFile.path)
        let fed = Atomic<Int>(0)
        // Referrals the gateway refused never reach the hub: they are not waited for.
        let refused = Atomic<Int>(0)
        let feeding: Task<Void, any Error>
        if direct {
            let producer = try ReferralIntake.producer(kafka: kafka, logger: logger)
            feeding = Task { [rate] in
                try await ReferralIntake(producer: producer).send(lines, rate: rate) { fed.store($0, ordering: .relaxed) }
            }
        } else {
            let feed = try GatewayFeed(url: gateway.url, key: gateway.feedKey)
            feeding = Task { [rate] in
                let report = try await feed.send(lines, rate: rate) { answered, refusals in
                    fed.store(answered, ordering: .relaxed)
                    refused.store(refusals, ordering: .relaxed)
                }
                if report.refused > 0 {
                    Console.line("\nthe gateway refused \(report.refused) referrals: \(report.reasons.joined(separator: "; "))")
                }
            }
        }

        let started = ContinuousClock.now
        var progress = ProgressLine()
        while !stopRequested.isSet {
            let snapshot = monitor.snapshot
            progress.show(fed: fed.load(ordering: .relaxed), total: lines.count, snapshot: snapshot)
            if snapshot.finished >= lines.count - refused.load(ordering: .relaxed) { break }
            if ContinuousClock.now - started > .milliseconds(Int64(timeout * 1000)) {
                Console.line("\ngave up waiting after \(Int(timeout)) s")
                break
            }
            for name in try workers.restartExited() {
                logger.warning("mash.dev.worker.restarted", metadata: ["mash.worker": .string(name)])
            }
            for process in [workspace.process, gateway.process] where !process.isRunning {
                try process.start()
                logger.warning("mash.dev.worker.restarted", metadata: ["mash.worker": .string(process.name)])
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        let elapsed = ContinuousClock.now - started
        progress.show(fed: fed.load(ordering: .relaxed), total: lines.count, snapshot: monitor.snapshot, final: true)
        let summary = RunSummary(fed: fed.load(ordering: .relaxed), seconds: elapsed.seconds, snapshot: monitor.snapshot)
        for line in summary.lines { Console.line(line) }
        do {
            let written = try Self.writeReport(folder: URL(fileURLWithPath: data), kafka: kafka, logger: logger)
            Console.line("report: \(written.html.path) (and report.json, report.csv beside it): \(written.referrals) referrals; `mash report --help` for another period")
        } catch {
            Console.error("report: \(error)")
        }

        if keepRunning && !stopRequested.isSet {
            Console.line("the hub is still running on \(hub.bootstrapServers); Ctrl-C stops it. Sign off held cases in the workspace:")
            Self.announce(workspace)
            Self.announce(gateway)
            Console.line("or try: swift run mash tail mash.tasking.police --from-beginning --distinct --bootstrap-servers \(hub.bootstrapServers)")
            while !stopRequested.isSet {
                _ = try? workers.restartExited()
                for process in [workspace.process, gateway.process] where !process.isRunning { try? process.start() }
                try await Task.sleep(for: .milliseconds(200))
            }
        }
        // The clients go before the broker they talk to, so nothing logs a lost connection on the way out.
        feeding.cancel()
        _ = try? await feeding.value
        monitoring.cancel()
        _ = try? await monitoring.value
        _ = await workspace.process.stop()
        _ = await gateway.process.stop()
        await hub.stop()
        withExtendedLifetime(hub) {}
    }
}

extension DevCommand {
    /// Prints where the workspace is and the development logins, one per role.
    static func announce(_ workspace: DevWorkspace) {
        Console.line("workspace: \(workspace.url)")
        for login in workspace.logins { Console.line("  \(login.line)") }
    }

    /// Writes the monitoring report of everything the run's hub received, as HTML, JSON and CSV in the data folder.
    static func writeReport(folder: URL, kafka: KafkaConfiguration, logger: Logger) throws -> (html: URL, referrals: Int) {
        let report = MonitoringReport(history: try HubHistory.read(kafka: kafka, logger: logger), from: Timestamp(iso8601: "2000-01-01T00:00:00.000Z")!,
                                      to: Timestamp(millisecondsSince1970: Timestamp.now.millisecondsSince1970 + 86_400_000))
        try Data(try MASHJSON.encodeBytes(report)).write(to: folder.appendingPathComponent("report.json"))
        try report.csv.write(to: folder.appendingPathComponent("report.csv"), atomically: true, encoding: .utf8)
        let html = folder.appendingPathComponent("report.html")
        try report.html.write(to: html, atomically: true, encoding: .utf8)
        return (html, report.referrals)
    }

    /// Prints where the partner gateway is and the development partners' keys.
    static func announce(_ gateway: DevGateway) {
        Console.line("gateway: \(gateway.url) (OpenAPI: \(gateway.url)/v1/openapi.json)")
        for key in gateway.keys { Console.line("  \(key.line)") }
    }
}

/// Set once SIGINT or SIGTERM arrives.
final class StopSignal: Sendable {
    private let flag = Atomic<Bool>(false)

    init() {
        Task { [self] in
            for await _ in await UnixSignalsSequence(trapping: .sigint, .sigterm) {
                flag.store(true, ordering: .releasing)
            }
        }
    }

    var isSet: Bool { flag.load(ordering: .acquiring) }
}

extension EmbeddedBroker {
    /// Listens on `preferred`, or on any free port when that one is taken (saying so).
    static func startingOnFreePort(preferred: Int, topics: [TopicDefinition], logger: Logger) throws -> EmbeddedBroker {
        do {
            return try EmbeddedBroker(port: preferred, topics: topics, minimumPartitions: EmbeddedBroker.minimumPartitions, logger: logger)
        } catch {
            Console.error("embedded broker: \(error); using a free port")
            return try EmbeddedBroker(port: 0, topics: topics, minimumPartitions: EmbeddedBroker.minimumPartitions, logger: logger)
        }
    }
}
