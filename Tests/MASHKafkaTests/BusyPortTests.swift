import Foundation
import Logging
import MASHKafka
import MASHTestSupport
import Testing

/// A port something listens on (an embedded broker's own), held while the test runs.
private func heldPort() throws -> (holder: EmbeddedBroker, port: Int) {
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    let holder = try EmbeddedBroker(port: 0, topics: [], logger: logger)
    return (holder, Int(holder.bootstrapServers.split(separator: ":").last!)!)
}

@Suite("A port already in use")
struct BusyPortTests {
    @Test("the embedded broker says the port is in use instead of aborting, and mash broker exits 1 saying so")
    func busyPortIsReportedNotFatal() async throws {
        let (first, port) = try heldPort()
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        // In-process: before the fix librdkafka aborted the whole process here.
        #expect(throws: KafkaError.self) { try EmbeddedBroker(port: port, topics: [], logger: logger) }
        do {
            _ = try EmbeddedBroker(port: port, topics: [], logger: logger)
        } catch {
            #expect("\(error)".contains("port \(port) is in use"))
        }
        let second = try ChildProcess("mash", ["broker", "--port", String(port)])
        #expect(await second.waitForExit(timeout: .seconds(20)) == 1, "\(second.outputText)")
        #expect(second.outputText.contains("port \(port) is in use"))
        withExtendedLifetime(first) {}
    }
}

@Suite("The workspace on a port in use")
struct WorkspaceBusyPortTests {
    @Test("mash-workspace says the port is in use and exits 1, before starting anything")
    func workspaceBusyPort() async throws {
        let (holder, port) = try heldPort()
        let users = FileManager.default.temporaryDirectory.appendingPathComponent("mash-users-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: users) }
        try Data("users: []\n".utf8).write(to: users)
        let workspace = try ChildProcess("mash-workspace", ["--port", String(port), "--host", "127.0.0.1", "--users", users.path,
                                                            "--bootstrap-servers", holder.bootstrapServers])
        #expect(await workspace.waitForExit(timeout: .seconds(20)) == 1, "\(workspace.outputText)")
        #expect(workspace.outputText.contains("port \(port) is in use"))
        withExtendedLifetime(holder) {}
    }
}
