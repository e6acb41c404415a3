import Foundation

/// A relay `mash bench relay` measures, each run as its own process: `mash relay` (the stage runner) or
/// the C reference `mash-crelay`, pipelined or stop-and-wait.
enum RelayImplementation: String, CaseIterable, Sendable {
    case mash
    case c
    case cStopAndWait = "c-stop-and-wait"

    /// The relay as a child process copying `input` to `output` in consumer group `group`; `properties` are
    /// librdkafka properties for its clients. It creates its ready file (`WorkerProcess.readyFile`, passed
    /// as `MASH_READY_FILE`) once the group has given it its partitions.
    func process(
        name: String, input: String, output: String, group: String, bootstrapServers: String, properties: [String: String],
        mashRelayOptions: [String] = [], logs: URL
    ) throws -> WorkerProcess {
        let common = ["--input", input, "--output", output, "--group-id", group, "--bootstrap-servers", bootstrapServers]
        let passThrough = properties.sorted { $0.key < $1.key }.flatMap { ["-X", "\($0.key)=\($0.value)"] }
        let (executable, arguments): (String, [String])
        switch self {
        case .mash:
            (executable, arguments) = ("mash", ["relay", "--name", name] + common + passThrough + mashRelayOptions)
        case .c:
            (executable, arguments) = ("mash-crelay", common + passThrough)
        case .cStopAndWait:
            (executable, arguments) = ("mash-crelay", ["--stop-and-wait"] + common + passThrough)
        }
        return WorkerProcess(
            name: name, executable: try SiblingExecutable.url(executable), arguments: arguments,
            logFile: logs.appendingPathComponent("\(name).log")
        )
    }
}

extension WorkerProcess {
    /// Waits until the process has created its ready file; throws if it exits first or `timeout` passes.
    /// Returns when it saw the file, checking every 2 ms.
    func waitUntilReady(timeout: Duration = .seconds(60)) async throws -> ContinuousClock.Instant {
        let deadline = ContinuousClock.now + timeout
        while !isReady {
            try checkRunning()
            guard ContinuousClock.now < deadline else { throw BenchError("\(name) did not get its partitions within \(timeout) (see \(logFile.path))") }
            try await Task.sleep(for: .milliseconds(2))
        }
        return .now
    }

    /// Throws if the process has exited, naming its log.
    func checkRunning() throws {
        guard isRunning else { throw BenchError("\(name) exited early (see \(logFile.path))") }
    }
}
