import Foundation
import MASHKafka
import MASHTestSupport
import Testing

/// Workers take their credentials from a properties file (`--kafka-config` or `MASH_KAFKA_CONFIG`), and a
/// cluster that refuses them stops the worker at once with the reason, never its password.
@Suite("Security settings through the real workers", .serialized)
struct SecuritySettingsTests {
    private func propertiesFile(_ lines: [String]) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mash-kafka-\(UUID().uuidString).properties")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("a worker given SASL_SSL credentials for a broker without TLS exits 1 saying the TLS handshake failed", arguments: [false, true])
    func saslSSLAgainstThePlainBroker(throughEnvironment: Bool) async throws {
        let test = try TestBroker(topics: ["mash.risk-assessment": 1], port: 0)
        let file = try propertiesFile([
            "# the risk worker's principal", "security.protocol=SASL_SSL", "sasl.mechanisms=SCRAM-SHA-512",
            "sasl.username=mash-risk", "sasl.password=correct-horse-battery",
        ])
        defer { try? FileManager.default.removeItem(at: file) }
        let worker = throughEnvironment
            ? try ChildProcess("mash-risk", ["--bootstrap-servers", test.bootstrapServers], environment: ["MASH_KAFKA_CONFIG": file.path])
            : try ChildProcess("mash-risk", ["--bootstrap-servers", test.bootstrapServers, "--kafka-config", file.path])
        defer { worker.kill(SIGKILL) }
        let status = await worker.waitForExit(timeout: .seconds(25))
        #expect(status == 1, "\(worker.outputText.suffix(2000))")
        #expect(worker.outputText.contains("TLS handshake with the broker failed"), "\(worker.outputText.suffix(2000))")
        #expect(!worker.outputText.contains("correct-horse-battery"))
    }

    @Test("a malformed line in the properties file is refused by its line number, without its text")
    func malformedLine() async throws {
        let file = try propertiesFile(["security.protocol=SASL_SSL", "sasl.password correct-horse-battery"])
        defer { try? FileManager.default.removeItem(at: file) }
        let worker = try ChildProcess("mash-risk", ["--bootstrap-servers", "127.0.0.1:1", "--kafka-config", file.path])
        defer { worker.kill(SIGKILL) }
        let status = await worker.waitForExit(timeout: .seconds(25))
        #expect(status != 0 && status != nil)
        #expect(worker.outputText.contains("\(file.path):2: expected key=value"), "\(worker.outputText.suffix(2000))")
        #expect(!worker.outputText.contains("correct-horse-battery"))
    }
}
