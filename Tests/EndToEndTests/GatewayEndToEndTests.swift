import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MASHCore
import MASHKafka
import MASHTestSupport
import Testing

/// Referrals through the partner gateway, sent by `mash feed --gateway` to the real `mash-gateway`, decided
/// by the real workers; their status and outcome read back through the gateway, and a tasking answered.
@Suite("The partner gateway, end to end", .serialized)
struct GatewayEndToEndTests {
    struct Partner {
        let id: String
        let agency: String
        let key: String
        let refersForAll: Bool
    }

    private func partnersFile(_ partners: [Partner], in folder: URL) throws -> URL {
        let agencies = ["police", "social-care", "health", "education", "probation", "housing", "domestic-abuse-service"]
        var text = "partners:\n"
        for partner in partners {
            text += "  - id: \(partner.id)\n    name: \(partner.id)\n    agency: \(partner.agency)\n    requestsPerMinute: 60000\n"
            if partner.refersForAll { text += "    refersFor: [\(agencies.joined(separator: ", "))]\n" }
            text += "    keys:\n      - sha256: \"\(SHA256.hex(Array(partner.key.utf8)))\"\n"
        }
        let file = folder.appendingPathComponent("partners.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    private func request(_ method: String, _ url: String, key: String, json: [String: Any]? = nil) async throws -> (Int, [String: Any]) {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        if let json {
            request.httpBody = try JSONSerialization.data(withJSONObject: json)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:])
    }

    @Test("mash feed --gateway sends every referral through mash-gateway; the workers decide them; each one's status and outcome come back through the gateway; a tasking is acknowledged")
    func referralsThroughTheGateway() async throws {
        let hub = try await HubFixture(people: 1500, referrals: 40, seed: 43)
        defer { hub.remove() }
        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        let workers = try hub.startWorkers(test.bootstrapServers)
        defer { for worker in workers { worker.kill(SIGKILL) } }

        let council = Partner(id: "e2e-council", agency: "social-care", key: "mash_" + UUID().uuidString, refersForAll: true)
        let file = try partnersFile([council], in: hub.data)
        let gateway = try ChildProcess("mash-gateway", ["--bootstrap-servers", test.bootstrapServers, "--partners", file.path, "--port", "0",
                                                        "--database", hub.data.appendingPathComponent("gateway.sqlite").path])
        defer { gateway.kill(SIGKILL) }
        #expect(await gateway.waitForOutput(containing: "mash.gateway.listening", timeout: .seconds(60)), "\(gateway.outputText.suffix(2000))")
        let listening = try #require(gateway.outputText.split(separator: "\n").first { $0.contains("mash.gateway.listening") })
        let port = try #require(listening.split(separator: ":").last.flatMap { Int($0.prefix { $0.isNumber }) })
        let url = "http://127.0.0.1:\(port)"

        let feed = try ChildProcess("mash", ["feed", "--file", hub.data.appendingPathComponent("referrals.jsonl").path, "--gateway", url, "--key", council.key])
        #expect(await feed.waitForExit(timeout: .seconds(120)) == 0, "\(feed.outputText.suffix(2000))")
        let counts = try #require(feed.outputText.split(separator: "\n").first { $0.hasPrefix("fed ") })
        let received = Int(counts.split(separator: ":").last?.split(separator: " ").first ?? "") ?? -1
        #expect(received >= 35, "\(counts)")  // a referral whose child turned 18 since it was made is refused at the door

        let messages = try await test.collect(["mash.outcome", "mash.review", "mash.tasking.social-care"], timeout: .seconds(180)) { messages in
            Set(messages.filter { $0.topic != "mash.tasking.social-care" }.compactMap { try? Self.referralId(of: $0) }).count >= received
        }
        let answered = Set(messages.filter { $0.topic != "mash.tasking.social-care" }.compactMap { try? Self.referralId(of: $0) })
        #expect(answered.count == received && answered.allSatisfy { $0.hasPrefix("e2e-council/") }, "\(answered.sorted().prefix(5))")

        // Each referral's status comes back through the gateway, in the partner's own ids.
        for id in answered.sorted().prefix(10) {
            let theirs = String(id.dropFirst("e2e-council/".count))
            var status = ""
            var body: [String: Any] = [:]
            let deadline = ContinuousClock.now + .seconds(30)
            while !["decided", "awaiting-decision"].contains(status), ContinuousClock.now < deadline {
                (_, body) = try await request("GET", "\(url)/v1/referrals/\(theirs)", key: council.key)
                status = body["status"] as? String ?? ""
                if status != "decided" && status != "awaiting-decision" { try await Task.sleep(for: .milliseconds(200)) }
            }
            #expect(["decided", "awaiting-decision"].contains(status), "\(theirs): \(body)")
            if status == "decided" { #expect((body["outcome"] as? [String: Any])?["summary"] is String, "\(body)") }
        }

        // The council answers social care's taskings: one acknowledged, recorded on mash.tasking-update.
        do {
            let taskingMessage = try #require(messages.first { $0.topic == "mash.tasking.social-care" }, "40 referrals task social care at least once")
            let tasking = try MASHJSON.decode(Tasking.self, from: Data(taskingMessage.value))
            let reference = tasking.taskingId.replacingOccurrences(of: "/", with: "~")
            var status = 0
            let deadline = ContinuousClock.now + .seconds(30)
            while status != 202, ContinuousClock.now < deadline {
                (status, _) = try await request("POST", "\(url)/v1/taskings/\(reference)/acknowledgement", key: council.key, json: ["name": "Team Manager"])
                if status != 202 { try await Task.sleep(for: .milliseconds(200)) }
            }
            #expect(status == 202)
            let updates = try await test.collect(["mash.tasking-update"]) { !$0.isEmpty }
            #expect(try MASHJSON.decode(TaskingUpdate.self, from: Data(updates[0].value)).taskingId == tasking.taskingId)
        }
        // mash trace follows one of them through the stages, by the partner's namespaced referral id.
        let traced = try #require(answered.sorted().first)
        let trace = try ChildProcess("mash", ["trace", traced, "--bootstrap-servers", test.bootstrapServers])
        #expect(await trace.waitForExit(timeout: .seconds(60)) == 0, "\(trace.outputText.suffix(2000))")
        for expected in ["mash.referral ", "mash.research ", "mash.risk-assessment ", "mash.decision ", "stages: referral "] {
            #expect(trace.outputText.contains(expected), "\(expected): \(trace.outputText.suffix(2000))")
        }
        #expect(workers.allSatisfy { $0.process.isRunning } && gateway.process.isRunning)
    }

    static func referralId(of message: ConsumedMessage) throws -> String {
        message.topic == "mash.outcome"
            ? try MASHJSON.decode(Outcome.self, from: Data(message.value)).referralId
            : try MASHJSON.decode(Review.self, from: Data(message.value)).referralId
    }
}
