import Foundation
import MASHWorker

/// A worker executable run as a child process, its output appended to a log file.
final class WorkerProcess: @unchecked Sendable {
    let name: String
    let executable: URL
    let arguments: [String]
    let logFile: URL
    private let lock = NSLock()
    private var process: Process?
    /// How many times it was started.
    private(set) var starts = 0
    /// When it was last started.
    private(set) var startedAt = ContinuousClock.now

    init(name: String, executable: URL, arguments: [String], logFile: URL) {
        self.name = name
        self.executable = executable
        self.arguments = arguments
        self.logFile = logFile
    }

    /// Starts (or restarts) the process.
    func start() throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        // The child stops by itself if this process dies without stopping it (ParentWatch).
        var environment = ProcessInfo.processInfo.environment
        environment[ParentWatch.variable] = String(getpid())
        // The worker says it is ready by creating this file (whatever its log level).
        try? FileManager.default.removeItem(at: readyFile)
        environment["MASH_READY_FILE"] = readyFile.path
        process.environment = environment
        if !FileManager.default.fileExists(atPath: logFile.path) {
            _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        }
        let log = try FileHandle(forWritingTo: logFile)
        log.seekToEndOfFile()
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        lock.withLock {
            self.process = process
            starts += 1
            startedAt = .now
        }
    }

    /// The file the worker creates once it has its partitions.
    var readyFile: URL { logFile.appendingPathExtension("ready") }

    /// Whether the worker has said it is ready since it was last started.
    var isReady: Bool { FileManager.default.fileExists(atPath: readyFile.path) }

    var isRunning: Bool { lock.withLock { process?.isRunning ?? false } }
    var processIdentifier: Int32? { lock.withLock { process?.processIdentifier } }

    func signal(_ signal: Int32) {
        if let pid = processIdentifier, isRunning { kill(pid, signal) }
    }

    /// Asks it to stop (SIGTERM) and waits; kills it if it has not stopped within `grace`.
    func stop(grace: Duration = .seconds(15)) async -> Int32? {
        signal(SIGTERM)
        let deadline = ContinuousClock.now + grace
        while isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        if isRunning {
            signal(SIGKILL)
            try? await Task.sleep(for: .milliseconds(200))
        }
        return lock.withLock { process.flatMap { $0.isRunning ? nil : $0.terminationStatus } }
    }
}

/// The sibling executables of the running `mash` binary.
enum SiblingExecutable {
    static func url(_ name: String) throws -> URL {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidate = folder.appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
            throw DevError("\(name) is not built next to mash (\(candidate.path)); run `swift build` first")
        }
        return candidate
    }
}

struct DevError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
