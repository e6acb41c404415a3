import Foundation
import MASHTestSupport
import Testing

/// The processes `mash dev` starts never outlive it, however it ends.
@Suite("Child processes", .serialized)
struct ChildProcessTests {
    /// The processes whose parent is `pid`, from /proc.
    private func children(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { candidate in
            guard let stat = try? String(contentsOfFile: "/proc/\(candidate)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            // Fields after "(name)": state, then the parent's pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == pid
        }
    }

    private func alive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
        // A zombie has finished; only its exit status is left for a parent to collect.
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }

    @Test("mash dev killed with SIGKILL leaves no worker or workspace running")
    func killedParentLeavesNoChild() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-children-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dev = try ChildProcess("mash", ["dev", "--referrals", "5", "--people", "300", "--rate", "5", "--keep-running",
                                            "--data", folder.path, "--port", "0", "--workspace-port", "0", "--gateway-port", "0"])
        defer { dev.kill(SIGKILL) }
        #expect(await dev.waitForOutput(containing: "the hub is still running", timeout: .seconds(240)), "\(dev.outputText.suffix(3000))")
        let started = children(of: dev.process.processIdentifier)
        // Four workers, the workspace and the gateway.
        #expect(started.count >= 6, "children: \(started)")

        dev.kill(SIGKILL)
        let deadline = ContinuousClock.now + .seconds(30)
        var left = started.filter(alive)
        while !left.isEmpty, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(200))
            left = left.filter(alive)
        }
        #expect(left.isEmpty, "still running: \(left)")
    }

    @Test("mash dev finds its workers ready whatever the log level")
    func readinessDoesNotDependOnLogs() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-ready-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dev = try ChildProcess("mash", ["dev", "--referrals", "5", "--people", "300", "--rate", "5", "--data", folder.path,
                                            "--port", "0", "--workspace-port", "0", "--gateway-port", "0"], environment: ["MASH_LOG_LEVEL": "warning"])
        defer { dev.kill(SIGKILL) }
        #expect(await dev.waitForExit(timeout: .seconds(240)) == 0, "\(dev.outputText.suffix(3000))")
        #expect(!dev.outputText.contains("not ready"), "\(dev.outputText.suffix(3000))")
    }
}
