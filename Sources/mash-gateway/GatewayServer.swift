import ArgumentParser
import Foundation
import MASHGateway
import MASHWorker
import ServiceLifecycle

/// The partners' front door: authenticated referrals, their status and outcome, and tasking answers.
@main
struct GatewayServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mash-gateway",
        abstract: "The hub's front door for partners: authenticated referrals (one or a CSV batch) onto mash.referral, their status and outcome, and tasking acknowledgements and completions."
    )

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var metrics: MetricsOptions

    @Option(help: "The partners file (YAML: id, name, agency, keys as SHA-256 digests, per partner).")
    var partners: String

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on; 0 for any free port.")
    var port: Int = 8090

    @Option(help: "The gateway's SQLite file; delete it to rebuild what it knows from the topics.")
    var database: String = ".mash/gateway/gateway.sqlite"

    @Option(name: .customLong("secret-file"), help: "A file holding the secret (at least 32 bytes) that seals what the gateway sends; copies behind one address share it. Default $MASH_GATEWAY_SECRET, else a random secret per process.")
    var secretFile: String?

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.gateway")
        try PortCheck.ensureFree(host: host, port: port)
        let endpoint = try metrics.endpoint(logger: logger)
        let configuration = GatewayConfiguration(partnersFile: URL(fileURLWithPath: partners), host: host, port: port, databasePath: database,
                                                 secret: try secret())
        let app = try buildGateway(configuration: configuration, kafka: kafka.configuration(clientID: "mash-gateway"), logger: logger)
        var services: [any Service] = [app]
        if let endpoint { services.append(endpoint) }
        try await ParentWatch.group(services, logger: logger).run()
    }

    private func secret() throws -> [UInt8]? {
        let text: String?
        if let secretFile {
            text = try String(contentsOfFile: secretFile, encoding: .utf8)
        } else {
            text = ProcessInfo.processInfo.environment["MASH_GATEWAY_SECRET"]
        }
        guard let secret = text?.trimmingCharacters(in: .whitespacesAndNewlines), !secret.isEmpty else { return nil }
        guard secret.utf8.count >= 32 else { throw ValidationError("the gateway secret must be at least 32 characters") }
        return Array(secret.utf8)
    }
}
