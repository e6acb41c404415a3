import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MASHCore
import MASHKafka
import MASHTestSupport
import Testing

/// Workers and the gateway serve Prometheus metrics on their own port, scraped here as Prometheus would.
@Suite("Metrics endpoints", .serialized)
struct MetricsEndpointTests {
    /// The port a process logged for its metrics (`--metrics-port 0`).
    private func metricsPort(_ process: ChildProcess) async throws -> Int {
        #expect(await process.waitForOutput(containing: "mash.metrics.listening", timeout: .seconds(60)), "\(process.outputText.suffix(2000))")
        let line = try #require(process.outputText.split(separator: "\n").first { $0.contains("mash.metrics.listening") })
        let value = try #require(line.split(separator: " ").first { $0.hasPrefix("mash.metrics.port=") })
        return try #require(Int(value.dropFirst("mash.metrics.port=".count)))
    }

    private func scrape(_ port: Int) async throws -> String {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/metrics")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
        return String(decoding: data, as: UTF8.self)
    }

    /// The value of a sample line `name{labels} value`.
    private func value(_ text: String, _ sample: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(sample + " ") }.flatMap { Double($0.split(separator: " ").last ?? "") }
    }

    @Test("a worker counts its messages in and out, dead letters, batch times and its lag per partition; the scrape follows what it did")
    func workerMetrics() async throws {
        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        let worker = try ChildProcess("mash-risk", ["--bootstrap-servers", test.bootstrapServers, "--metrics-port", "0"])
        defer { worker.kill(SIGKILL) }
        let port = try await metricsPort(worker)
        try await test.producer().send((0..<3).map { ProducerRecord(topic: "mash.risk-assessment", key: "k\($0)", value: Array("not a case file \($0)".utf8)) })
        var text = ""
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            text = try await scrape(port)
            if value(text, "mash_stage_dead_letters_total{stage=\"risk\",reason=\"rejected\"}") == 3 { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(value(text, "mash_stage_messages_in_total{stage=\"risk\"}") == 3, "\(text.prefix(2000))")
        #expect(value(text, "mash_stage_dead_letters_total{stage=\"risk\",reason=\"rejected\"}") == 3, "by reason: the stage refused them")
        #expect(value(text, "mash_stage_messages_out_total{stage=\"risk\"}") == 3, "each dead letter is an output")
        #expect((value(text, "mash_stage_batch_duration_seconds_count{stage=\"risk\"}") ?? 0) >= 1)
        #expect(text.contains("# TYPE mash_stage_batch_duration_seconds histogram"))
        #expect(text.contains("mash_stage_consumer_lag_messages{stage=\"risk\",topic=\"mash.risk-assessment\",partition="), "lag per partition")
    }

    @Test("the gateway's metrics count requests by route and status and give its follower's lag, on a port apart from the partners'")
    func gatewayMetrics() async throws {
        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-metrics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = "mash_" + UUID().uuidString
        let partners = folder.appendingPathComponent("partners.yaml")
        try "partners:\n  - id: metrics-test\n    name: Test\n    agency: police\n    keys:\n      - sha256: \"\(SHA256.hex(Array(key.utf8)))\"\n"
            .write(to: partners, atomically: true, encoding: .utf8)
        let gateway = try ChildProcess("mash-gateway", ["--bootstrap-servers", test.bootstrapServers, "--partners", partners.path, "--port", "0",
                                                        "--database", folder.appendingPathComponent("gateway.sqlite").path, "--metrics-port", "0"])
        defer { gateway.kill(SIGKILL) }
        let port = try await metricsPort(gateway)
        #expect(await gateway.waitForOutput(containing: "mash.gateway.listening", timeout: .seconds(60)))
        let listening = try #require(gateway.outputText.split(separator: "\n").first { $0.contains("mash.gateway.listening") })
        let api = try #require(listening.split(separator: ":").last.flatMap { Int($0.prefix { $0.isNumber }) })
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(api)/v1/referrals")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        request.httpBody = Data("{\"referralId\": \"R-1\"}".utf8)
        let (_, refused) = try await URLSession.shared.data(for: request)
        #expect((refused as? HTTPURLResponse)?.statusCode == 422)
        let text = try await scrape(port)
        #expect(text.contains("hb_requests{http_route=\"/v1/referrals\",http_request_method=\"POST\",http_response_status_code=\"422\"} 1"), "\(text.prefix(3000))")
        #expect(text.contains("mash_follower_lag_messages{follower=\"gateway\"}"))
        // The partners' port serves no metrics.
        let (_, partnerSide) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(api)/metrics")!)
        #expect((partnerSide as? HTTPURLResponse)?.statusCode == 401)
    }
}
