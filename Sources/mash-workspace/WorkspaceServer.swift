import ArgumentParser
import Foundation
import Hummingbird
import MASHWorker
import ServiceLifecycle
import MASHWorkspace

/// The hub's workspace in the browser: the queue, each case whole, sign-off and escalation, and the JSON API.
@main
struct WorkspaceServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mash-workspace",
        abstract: "The hub's workspace: reads the case topics into its read model and serves the queue, cases, sign-off and escalation (pages and JSON API)."
    )

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var metrics: MetricsOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "The users file (YAML: username, name, role, agency, passwordHash per person).")
    var users: String

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on; 0 for any free port.")
    var port: Int = 8080

    @Option(help: "The read model's SQLite file; delete it to rebuild the model from the topics.")
    var database: String = ".mash/workspace/read-model.sqlite"

    @Option(name: .customLong("session-secret-file"), help: "A file holding the secret (at least 32 bytes) that signs session cookies; copies behind one address share it. Default $MASH_WORKSPACE_SECRET, else a random secret per process.")
    var sessionSecretFile: String?

    @Flag(name: .customLong("secure-cookies"), help: "Mark the session cookie Secure (HTTPS only): set it whenever the workspace is reached over TLS.")
    var secureCookies = false

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.workspace")
        // A busy port: "port P is in use", exit 1, before anything starts.
        try PortCheck.ensureFree(host: host, port: port)
        let endpoint = try metrics.endpoint(logger: logger)
        let policy = try policyOptions.load(logger: logger)
        var configuration = WorkspaceConfiguration(usersFile: URL(fileURLWithPath: users), host: host, port: port, databasePath: database,
                                                   secureCookies: secureCookies, policyVersion: policy.version,
                                                   utcOffsetMinutes: policy.calendar.utcOffset.minutes)
        if let secret = try sessionSecret() { configuration.sessionSecret = secret }
        let app = try buildWorkspace(configuration: configuration, kafka: kafka.configuration(clientID: "mash-workspace"), logger: logger)
        var services: [any Service] = [app]
        if let endpoint { services.append(endpoint) }
        try await ParentWatch.group(services, logger: logger).run()
    }

    private func sessionSecret() throws -> [UInt8]? {
        let text: String?
        if let sessionSecretFile {
            text = try String(contentsOfFile: sessionSecretFile, encoding: .utf8)
        } else {
            text = ProcessInfo.processInfo.environment["MASH_WORKSPACE_SECRET"]
        }
        guard let secret = text?.trimmingCharacters(in: .whitespacesAndNewlines), !secret.isEmpty else { return nil }
        guard secret.utf8.count >= 32 else { throw ValidationError("the session secret must be at least 32 characters") }
        return Array(secret.utf8)
    }
}
