import Foundation

/// The four stage workers of one hub, as child processes with their logs in a folder.
struct HubWorkers {
    /// A stage's executable and the options it needs beyond the bootstrap servers.
    struct Stage {
        let executable: String
        let extraArguments: [String]
    }

    let workers: [WorkerProcess]

    /// `copies` says how many copies of a stage to run (default one each).
    init(bootstrapServers: String, stores: URL, logs: URL, copies: [String: Int] = [:], extraArguments: [String] = []) throws {
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let stages = [
            Stage(executable: "mash-referral", extraArguments: ["--stores", stores.path]),
            Stage(executable: "mash-research", extraArguments: ["--stores", stores.path]),
            Stage(executable: "mash-risk", extraArguments: []),
            Stage(executable: "mash-decision", extraArguments: []),
        ]
        var workers: [WorkerProcess] = []
        for stage in stages {
            let executable = try SiblingExecutable.url(stage.executable)
            for copy in 1...max(1, copies[stage.executable] ?? 1) {
                workers.append(
                    WorkerProcess(
                        name: "\(stage.executable)-\(copy)",
                        executable: executable,
                        arguments: ["--bootstrap-servers", bootstrapServers] + stage.extraArguments + extraArguments,
                        logFile: logs.appendingPathComponent("\(stage.executable)-\(copy).log")
                    )
                )
            }
        }
        self.workers = workers
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
            if workers.allSatisfy({ $0.logContains("mash.stage.ready") }) { return true }
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
