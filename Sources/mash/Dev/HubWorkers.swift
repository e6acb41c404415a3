import Foundation

/// The four stage workers of one hub (or four no-op relays in their places), as child processes with
/// their logs in a folder.
struct HubWorkers {
    /// One worker: its name, its executable and the options it needs beyond the bootstrap servers.
    struct Stage {
        let name: String
        let executable: String
        let arguments: [String]

        /// This stage as a child process called `name`, talking to `bootstrapServers`, logging to `<logs>/<name>.log`.
        func process(named name: String, bootstrapServers: String, extraArguments: [String], logs: URL) throws -> WorkerProcess {
            WorkerProcess(
                name: name,
                executable: try SiblingExecutable.url(executable),
                arguments: arguments + ["--bootstrap-servers", bootstrapServers] + extraArguments,
                logFile: logs.appendingPathComponent("\(name).log")
            )
        }
    }

    /// What runs in the stages' places.
    enum Kind: Sendable {
        /// The real stage workers.
        case stages
        /// `mash relay` copying each stage's input to its output: the ceiling the broker and Kafka layer set.
        case relays
    }

    let workers: [WorkerProcess]

    /// `copies` says how many copies of a stage to run, by worker name (default one each); `policy` is a
    /// threshold policy file for the workers that decide by one (default their built-in policy).
    init(
        kind: Kind = .stages, bootstrapServers: String, stores: URL, logs: URL, copies: [String: Int] = [:],
        policy: String? = nil, extraArguments: [String] = [], watch: Bool = false
    ) throws {
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        var stages = kind == .stages ? Self.stages(stores: stores, policy: policy) : Self.relays
        if watch { stages.append(Stage(name: "mash-watch", executable: "mash-watch", arguments: policy.map { ["--policy", $0] } ?? [])) }
        workers = try stages.flatMap { stage in
            try (1...max(1, copies[stage.name] ?? 1)).map { copy in
                try stage.process(named: "\(stage.name)-\(copy)", bootstrapServers: bootstrapServers, extraArguments: extraArguments, logs: logs)
            }
        }
    }

    static func stages(stores: URL, policy: String? = nil) -> [Stage] {
        let policyArguments = policy.map { ["--policy", $0] } ?? []
        return [
            Stage(name: "mash-referral", executable: "mash-referral", arguments: ["--stores", stores.path] + policyArguments),
            Stage(name: "mash-research", executable: "mash-research", arguments: ["--stores", stores.path]),
            Stage(name: "mash-risk", executable: "mash-risk", arguments: policyArguments),
            Stage(name: "mash-decision", executable: "mash-decision", arguments: policyArguments),
        ]
    }

    static let relays: [Stage] = [
        ("referral", "mash.referral", "mash.research"), ("research", "mash.research", "mash.risk-assessment"),
        ("risk", "mash.risk-assessment", "mash.decision"), ("decision", "mash.decision", "mash.outcome"),
    ].map { name, input, output in
        Stage(name: "relay-\(name)", executable: "mash", arguments: ["relay", "--name", "relay-\(name)", "--input", input, "--output", output])
    }

    /// Starts every worker afresh (old logs are cleared).
    func start() throws {
        for worker in workers {
            try? FileManager.default.removeItem(at: worker.logFile)
            try worker.start()
        }
    }

    /// Waits until every worker has its partitions; false if one has not within `timeout`.
    func waitUntilReady(timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if workers.allSatisfy(\.isReady) { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    /// Restarts any worker that exited without being asked to; returns their names.
    func restartExited() throws -> [String] {
        var restarted: [String] = []
        for worker in workers where !worker.isRunning {
            try worker.start()
            restarted.append(worker.name)
        }
        return restarted
    }

    /// Stops every worker gracefully, in parallel.
    func stop() async {
        await withTaskGroup(of: Void.self) { group in
            for worker in workers { group.addTask { _ = await worker.stop() } }
        }
    }
}
