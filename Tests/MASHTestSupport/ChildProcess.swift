import Foundation

/// One of the package's executables, started as a child process for a test.
public final class ChildProcess: @unchecked Sendable {
    public let process = Process()
    public let name: String
    private let output = Pipe()
    private let lock = NSLock()
    private var captured = Data()
    /// The file a stage worker creates once its group has given it partitions (`MASH_READY_FILE`).
    public let readyFile = FileManager.default.temporaryDirectory.appendingPathComponent("mash-ready-\(UUID().uuidString)")

    /// Starts `.build/<config>/<executable>` with `arguments` (in `directory`, else this process's working
    /// directory); its stdout and stderr are captured.
    public init(_ executable: String, _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil) throws {
        name = executable
        process.executableURL = Executables.url(executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["MASH_READY_FILE"] = readyFile.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // A plain thread reading until end of file, not `readabilityHandler`: on Linux that handler's
        // dispatch source can outlive the pipe's descriptor and crash libdispatch's event loop, and it
        // keeps firing at end of file.
        let handle = output.fileHandleForReading
        let reader = Thread { [weak self] in
            while true {
                let data = handle.availableData
                guard !data.isEmpty, let self else { return }
                self.lock.lock()
                self.captured.append(data)
                self.lock.unlock()
            }
        }
        reader.name = "child-output-\(executable)"
        reader.start()
    }

    /// Everything the process wrote so far.
    public var outputText: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: captured, as: UTF8.self)
    }

    public func kill(_ signal: Int32) {
        Foundation.kill(process.processIdentifier, signal)
    }

    /// Waits for exit up to `timeout`; nil if it is still running.
    public func waitForExit(timeout: Duration) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline { return nil }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return process.terminationStatus
    }

    /// Waits until the output contains `text`, up to `timeout`.
    public func waitForOutput(containing text: String, timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if outputText.contains(text) { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return outputText.contains(text)
    }

    /// Waits until a stage worker says it is ready (its ready file exists), up to `timeout`.
    public func waitUntilReady(timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if FileManager.default.fileExists(atPath: readyFile.path) { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return FileManager.default.fileExists(atPath: readyFile.path)
    }

    deinit {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: readyFile)
    }
}

/// Finds the package's built executables.
public enum Executables {
    /// `$MASH_BIN_DIR`, else the folder the test bundle was built into.
    public static var directory: URL {
        if let configured = ProcessInfo.processInfo.environment["MASH_BIN_DIR"] {
            return URL(fileURLWithPath: configured)
        }
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder
    }

    public static func url(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }
}
