import ArgumentParser
import Foundation
import MASHStages
import MASHWorker
import ServiceLifecycle

/// Watches the cases' deadlines and escalates those missed (mash.escalation).
@main
struct WatchWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mash-watch",
        abstract: "Watch research and sign-off deadlines (mash.research, mash.risk-assessment, mash.review, mash.outcome) and escalate each one missed on mash.escalation: an agency's silence to its MASH lead, then the hub manager; late research and late decisions to the hub manager."
    )

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var policyOptions: PolicyOptions
    @OptionGroup var metrics: MetricsOptions

    @Option(name: .customLong("group-id"), help: "Consumer group shared by copies of the watcher.")
    var groupID: String = "mash-watch"

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.watch")
        let endpoint = try metrics.endpoint(logger: logger)
        let policy = try policyOptions.load(logger: logger)
        let readyFile = ProcessInfo.processInfo.environment["MASH_READY_FILE"].flatMap { $0.isEmpty ? nil : $0 }
        let watcher = try DeadlineWatcher(policy: policy, kafka: kafka.configuration(clientID: "mash-watch"), groupID: groupID,
                                          readyFile: readyFile, logger: logger)
        var services: [any Service] = [watcher]
        if let endpoint { services.append(endpoint) }
        try await ParentWatch.group(services, logger: logger).run()
    }
}
