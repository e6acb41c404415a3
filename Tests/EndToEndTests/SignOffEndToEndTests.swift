import Foundation
import MASHCore
import MASHKafka
import MASHOperator
import MASHTestSupport
import MASHWorker
import Testing

/// The real `mash-decision` on the embedded broker: it holds what the policy says a person decides, issues
/// only after a sign-off arrives on `mash.sign-off`, refuses bad, stale and repeated sign-offs (also after a
/// restart), and `mash audit verify` finds an edited audit record.
@Suite("Sign-off through the real decision worker", .serialized)
struct SignOffEndToEndTests {
    private static let decisionExample = PackagePaths.topics.appendingPathComponent("examples/mash.decision.json")
    private static let manager = Practitioner(username: "sam.patel", name: "Sam Patel", role: .socialCareManager, agency: .socialCare)

    private func signOff(_ review: Review, id: String, rationale: String = "Police and school accounts agree; strategy discussion today.",
                         digest: String? = nil, by person: Practitioner = manager) -> SignOff {
        SignOff(signOffId: id, caseId: review.caseId, proposalDigest: digest ?? review.proposalDigest, action: .confirm,
                rationale: rationale, signedBy: person, signedAt: Timestamp.now)
    }

    private func record(_ signOff: SignOff) throws -> ProducerRecord {
        ProducerRecord(topic: PipelineTopic.signOff.rawValue, key: signOff.caseId, value: try MASHJSON.encodeBytes(signOff))
    }

    private func audits(_ messages: [ConsumedMessage]) -> [AuditRecord] {
        messages.filter { $0.topic == "mash.audit" }.compactMap { try? MASHJSON.decode(AuditRecord.self, from: Data($0.value)) }
    }

    @Test("held until signed, issued once with the person as decision maker, bad, stale and repeated sign-offs refused, the audit chain verified")
    func holdSignOffAndVerify() async throws {
        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        var decision = try ChildProcess("mash-decision", ["--bootstrap-servers", test.bootstrapServers])
        defer { decision.kill(SIGKILL) }
        let producer = try test.producer()
        let caseFile = try MASHJSON.decode(CaseFile.self, from: Data(contentsOf: Self.decisionExample))
        try await producer.send([ProducerRecord(topic: "mash.decision", key: caseFile.subjectKey, value: try MASHJSON.encodeBytes(caseFile))])

        // Held: a review, and nothing issued.
        let held = try await test.collect(["mash.review", "mash.outcome", "mash.tasking.police", "mash.tasking.social-care"], timeout: .seconds(60)) {
            $0.contains { $0.topic == "mash.review" }
        }
        let review = try MASHJSON.decode(Review.self, from: Data(try #require(held.first { $0.topic == "mash.review" }).value))
        #expect(held.allSatisfy { $0.topic == "mash.review" }, "nothing is tasked while the proposal waits")
        #expect(review.heldBecause.first?.hasPrefix("child-protection response") == true)

        // Refused: no reasons, a stale proposal, a role that may not; dead-lettered: not a sign-off at all.
        var auditor = signOff(review, id: "SO-auditor-1")
        auditor.signedBy = Practitioner(username: "a.b", name: "Ana Bell", role: .auditor, agency: .socialCare)
        try await producer.send([
            try record(signOff(review, id: "SO-short-01", rationale: "ok")),
            try record(signOff(review, id: "SO-stale-01", digest: String(repeating: "0", count: 64))),
            try record(auditor),
            ProducerRecord(topic: PipelineTopic.signOff.rawValue, key: review.caseId, value: Array("{\"schema\":\"mash.sign-off/1\"}".utf8)),
        ])
        let refusals = try await test.collect(["mash.audit", "mash.dead-letter", "mash.outcome"], timeout: .seconds(60)) { messages in
            audits(messages).filter { $0.action == .signOffRefused }.count >= 3 && messages.contains { $0.topic == "mash.dead-letter" }
        }
        let reasons = audits(refusals).filter { $0.action == .signOffRefused }.map(\.reason)
        #expect(reasons.contains { $0.contains("rationale: must be at least a sentence") }, "\(reasons)")
        #expect(reasons.contains { $0.contains("stale: the proposal changed") }, "\(reasons)")
        #expect(reasons.contains { $0.contains("a auditor may not confirm") }, "\(reasons)")
        #expect(!refusals.contains { $0.topic == "mash.outcome" })

        // Signed: issued with the person as decision maker.
        let confirm = try record(signOff(review, id: "SO-confirm-1"))
        try await producer.send([confirm])
        var ledger = DeliveryLedger()
        var read = 0
        _ = try await test.collect(DeliveryLedger.topics.map(\.rawValue), timeout: .seconds(60)) { messages in
            for message in messages[read...] { ledger.add(message) }
            read = messages.count
            return ledger.referralsWithOutcome == 1 && ledger.taskingsAwaited == 0
        }
        #expect(ledger.report(referralIds: [caseFile.referralId]).taskingsListed == review.taskings.count)

        // Killed and restarted: the held record is restored, so a replay issues nothing new and another
        // person's sign-off is refused.
        decision.kill(SIGKILL)
        _ = await decision.waitForExit(timeout: .seconds(10))
        decision = try ChildProcess("mash-decision", ["--bootstrap-servers", test.bootstrapServers])
        #expect(await decision.waitUntilReady(timeout: .seconds(60)), "\(decision.outputText)")
        let hubManager = Practitioner(username: "jo.reed", name: "Jo Reed", role: .hubManager, agency: .socialCare)
        try await producer.send([confirm, try record(signOff(review, id: "SO-second-1", by: hubManager))])
        let after = try await test.collect(DeliveryLedger.topics.map(\.rawValue), timeout: .seconds(60)) { messages in
            audits(messages).contains { $0.auditId.hasSuffix("SO-second-1") }
        }
        var final = DeliveryLedger()
        for message in after { final.add(message) }
        let report = final.report(referralIds: [caseFile.referralId])
        #expect(report.outcomes == 1 && report.actedOnTwice == 0 && report.replaysWithDifferentContent == 0, "\(report.lines)")
        let outcome = try MASHJSON.decode(Outcome.self, from: Data(try #require(after.first { $0.topic == "mash.outcome" }).value))
        #expect(outcome.decision.decidedBy == Self.manager.signature)
        #expect(outcome.decision.proposal?.proposalDigest == review.proposalDigest)
        let second = try #require(audits(after).first { $0.auditId.hasSuffix("SO-second-1") })
        #expect(second.reason.contains("already signed off by Sam Patel"))

        // The audit trail verifies; an edited copy of a record does not.
        let verify = try ChildProcess("mash", ["audit", "verify", "--bootstrap-servers", test.bootstrapServers])
        #expect(await verify.waitForExit(timeout: .seconds(60)) == 0, "\(verify.outputText)")
        #expect(verify.outputText.contains("breaks: 0"), "\(verify.outputText)")
        var edited = try #require(audits(after).first { $0.action == .signedOff })
        edited.reason = edited.reason.replacingOccurrences(of: "Sam Patel", with: "Somebody Else")
        try await producer.send([ProducerRecord(topic: "mash.audit", key: edited.caseId, value: try MASHJSON.encodeBytes(edited))])
        let tampered = try ChildProcess("mash", ["audit", "verify", "--bootstrap-servers", test.bootstrapServers])
        #expect(await tampered.waitForExit(timeout: .seconds(60)) == 1, "\(tampered.outputText)")
        #expect(tampered.outputText.contains("breaks: 1"), "\(tampered.outputText)")
        #expect(tampered.outputText.contains("\(edited.auditId): its hash does not match its content: the record was edited"), "\(tampered.outputText)")
    }
}
