import Foundation
import MASHKafka
import MASHTestSupport
import Testing

@Suite("Which topic definitions the commands use")
struct TopicsFolderTests {
    /// A working directory with a stray `topics` folder holding one unrelated definition.
    private func strayFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-stray-\(UUID().uuidString)")
        let topics = folder.appendingPathComponent("topics")
        try FileManager.default.createDirectory(at: topics, withIntermediateDirectories: true)
        try Data(#"{"name": "something-else", "partitions": 1, "retentionMs": 1000, "key": "none"}"#.utf8).write(to: topics.appendingPathComponent("something-else.json"))
        return folder
    }

    @Test("a stray ./topics folder never replaces the installed definitions, and a folder lacking hub topics is refused by name")
    func strayFolderIsIgnoredAndIncompleteOneRefused() async throws {
        let folder = try strayFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = 20_000 + Int.random(in: 0..<20_000)
        let broker = try ChildProcess("mash", ["broker", "--port", String(port)], directory: folder)
        defer { broker.kill(SIGKILL) }
        #expect(await broker.waitForOutput(containing: "bootstrap: 127.0.0.1:\(port)", timeout: .seconds(20)), "\(broker.outputText)")
        #expect(broker.outputText.contains("topics: \(PackagePaths.topics.path) ("), "\(broker.outputText)")
        let apply = try ChildProcess("mash", ["topics", "apply", "--bootstrap-servers", "127.0.0.1:\(port)"], directory: folder)
        #expect(await apply.waitForExit(timeout: .seconds(30)) == 0, "\(apply.outputText)")
        #expect(apply.outputText.contains("found mash.referral") && !apply.outputText.contains("something-else"))
        broker.kill(SIGTERM)
        _ = await broker.waitForExit(timeout: .seconds(10))

        let refused = try ChildProcess("mash", ["broker", "--port", "0", "--topics", folder.appendingPathComponent("topics").path])
        #expect(await refused.waitForExit(timeout: .seconds(20)) != 0)
        #expect(refused.outputText.contains("lacks topics the hub needs: mash.audit, mash.child-history"), "\(refused.outputText)")
    }
}
