import Foundation
import MASHKafka
import MASHTestSupport
import Testing

/// `--policy FILE` on the built worker executables: a broken file stops the worker before it starts,
/// with the file, line and reason; a good one is read and named in the log.
@Suite("The workers' --policy option", .serialized)
struct PolicyOptionTests {
    private static let policyFolder = PackagePaths.root.appendingPathComponent("policy")

    /// A copy of the default policy with one line changed, in a temporary file.
    private func brokenPolicy(replacing original: String, with replacement: String) throws -> (file: URL, line: Int) {
        let text = try String(contentsOf: Self.policyFolder.appendingPathComponent("default.yaml"), encoding: .utf8)
        #expect(text.contains(original))
        let broken = text.replacingOccurrences(of: original, with: replacement)
        let line = try #require(broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(replacement) }) + 1
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mash-policy-\(UUID().uuidString).yaml")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        return (file, line)
    }

    @Test(arguments: ["mash-referral", "mash-risk", "mash-decision"])
    func aBrokenPolicyStopsTheWorkerWithTheLineAndReason(worker: String) async throws {
        let (file, line) = try brokenPolicy(replacing: "  amber: {hours: 6}", with: "  amber: {hours: -6}")
        defer { try? FileManager.default.removeItem(at: file) }
        // Nothing listens on port 9: the worker must refuse the policy before it tries the cluster.
        let process = try ChildProcess(worker, ["--policy", file.path, "--bootstrap-servers", "127.0.0.1:9"])
        defer { process.kill(SIGKILL) }
        let status = await process.waitForExit(timeout: .seconds(30))
        #expect(status != nil && status != 0, "\(worker) exited \(String(describing: status))")
        let output = process.outputText
        #expect(output.contains("\(file.path):\(line):"), "\(output)")
        #expect(output.contains("researchDeadlines.amber.hours: -6 hours is negative"), "\(output)")
    }

    @Test func mashDevRefusesABrokenPolicyBeforeStartingAnything() async throws {
        let (file, line) = try brokenPolicy(replacing: "  amber: {hours: 6}", with: "  amber: {hours: -6}")
        defer { try? FileManager.default.removeItem(at: file) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-dev-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = try ChildProcess("mash", ["dev", "--policy", file.path, "--data", folder.path, "--referrals", "10"])
        defer { process.kill(SIGKILL) }
        let status = await process.waitForExit(timeout: .seconds(30))
        #expect(status != nil && status != 0)
        #expect(process.outputText.contains("\(file.path):\(line):"), "\(process.outputText)")
        #expect(!FileManager.default.fileExists(atPath: folder.path), "no synthetic data was made")
    }

    @Test func mashDevHandsAGoodPolicyToTheReferralRiskAndDecisionWorkers() async throws {
        let surrey = Self.policyFolder.appendingPathComponent("surrey-example.yaml")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-dev-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = try ChildProcess("mash", ["dev", "--policy", surrey.path, "--data", folder.path, "--referrals", "20", "--people", "600", "--direct"])
        defer { process.kill(SIGKILL) }
        #expect(await process.waitForExit(timeout: .seconds(240)) == 0, "\(process.outputText)")
        #expect(process.outputText.contains("policy: surrey-example-2026.1 from \(surrey.standardizedFileURL.path)"), "\(process.outputText)")
        #expect(process.outputText.contains("finished: 20 "), "\(process.outputText)")
        for worker in ["mash-referral-1", "mash-risk-1", "mash-decision-1"] {
            let log = try String(contentsOf: folder.appendingPathComponent("logs/\(worker).log"), encoding: .utf8)
            #expect(log.contains("mash.policy.loaded") && log.contains("surrey-example-2026.1"), "\(worker) did not load the file: \(log.prefix(2000))")
        }
        let research = try String(contentsOf: folder.appendingPathComponent("logs/mash-research-1.log"), encoding: .utf8)
        #expect(!research.contains("mash.policy.loaded"), "research takes no policy")
    }

    @Test func anUnknownKeyStopsTheWorker() async throws {
        let (file, line) = try brokenPolicy(replacing: "  windowMonths: 12", with: "  windowMonth: 12")
        defer { try? FileManager.default.removeItem(at: file) }
        let process = try ChildProcess("mash-risk", ["--policy", file.path, "--bootstrap-servers", "127.0.0.1:9"])
        defer { process.kill(SIGKILL) }
        #expect(await process.waitForExit(timeout: .seconds(30)).map { $0 != 0 } == true)
        #expect(process.outputText.contains("\(file.path):\(line):"), "\(process.outputText)")
        #expect(process.outputText.contains("windowMonth"), "\(process.outputText)")
    }

    @Test func aMissingPolicyFileStopsTheWorker() async throws {
        let process = try ChildProcess("mash-decision", ["--policy", "/nonexistent/policy.yaml", "--bootstrap-servers", "127.0.0.1:9"])
        defer { process.kill(SIGKILL) }
        #expect(await process.waitForExit(timeout: .seconds(30)).map { $0 != 0 } == true)
        #expect(process.outputText.contains("/nonexistent/policy.yaml"), "\(process.outputText)")
    }

    @Test func aGoodPolicyIsReadAndNamedThenTheWorkerRunsUntilStopped() async throws {
        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        let surrey = Self.policyFolder.appendingPathComponent("surrey-example.yaml")
        let process = try ChildProcess("mash-risk", ["--policy", surrey.path, "--bootstrap-servers", test.bootstrapServers])
        defer { process.kill(SIGKILL) }
        #expect(await process.waitForOutput(containing: "surrey-example-2026.1", timeout: .seconds(30)), "\(process.outputText)")
        #expect(await process.waitUntilReady(timeout: .seconds(60)), "\(process.outputText)")
        process.kill(SIGTERM)
        #expect(await process.waitForExit(timeout: .seconds(20)) == 0, "\(process.outputText)")
    }
}
