import Foundation
import MASHCore
import MASHKafka
import MASHTestSupport
import Testing

@Suite("Workers killed with SIGKILL while referrals flow", .serialized)
struct ChaosTests {
    @Test("mash chaos: every referral reaches one outcome or one held proposal, and every replay is faithful, however often workers die")
    func killedWorkersLoseNothing() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("mash-chaos-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        let chaos = try ChildProcess("mash", [
            "chaos", "--referrals", "300", "--rate", "30", "--kill-every", "2", "--seed", "5",
            "--data", data.path, "--bootstrap-servers", test.bootstrapServers, "--timeout", "240",
        ])
        let status = await chaos.waitForExit(timeout: .seconds(300))
        let output = chaos.outputText
        #expect(status == 0, "\(output.suffix(3000))")
        #expect(output.contains("result: clean"))
        let kills = Int(output.components(separatedBy: "kills: ").last?.prefix { $0.isNumber } ?? "") ?? 0
        #expect(kills >= 1, "workers were killed \(kills) times")

        // Check the outcome and review topics independently of the command's own ledger.
        let ends = try await test.collect(["mash.outcome", "mash.review"], timeout: .seconds(30)) { messages in
            Set(messages.compactMap { $0.header(IdempotencyKey.header)?.stringValue }).count >= 300
        }
        var firstCopy: [String: Outcome] = [:]
        var firstReview: [String: Review] = [:]
        for message in ends where message.topic == "mash.review" {
            let key = try #require(message.header(IdempotencyKey.header)?.stringValue)
            let review = try MASHJSON.decode(Review.self, from: Data(message.value))
            // A replayed hold is the same proposal (the digest leaves processing times out).
            if let earlier = firstReview[key] {
                #expect(earlier.reviewId == review.reviewId && earlier.proposalDigest == review.proposalDigest, "replay of \(key) differs")
            } else {
                firstReview[key] = review
            }
        }
        for message in ends where message.topic == "mash.outcome" {
            let key = try #require(message.header(IdempotencyKey.header)?.stringValue)
            var outcome = try MASHJSON.decode(Outcome.self, from: Data(message.value))
            // A replay may differ only in when stages processed it.
            outcome.timestamps = StageTimestamps(received: outcome.timestamps.received)
            outcome.decision.decidedAt = Timestamp(millisecondsSince1970: 0)
            if let earlier = firstCopy[key] {
                #expect(earlier == outcome, "replay of \(key) differs")
            } else {
                firstCopy[key] = outcome
            }
        }
        let referrals = Set(firstCopy.values.map(\.referralId)).union(firstReview.values.map(\.referralId))
        #expect(firstCopy.count + firstReview.count == 300, "distinct outcome and review keys")
        #expect(referrals.count == 300, "referrals with an outcome or a held proposal")
        #expect(!firstCopy.isEmpty && !firstReview.isEmpty)
    }
}
