import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MASHCore
import MASHKafka
import MASHStages
import MASHTestSupport
import Testing
@testable import MASHWorkspace

/// The read model is a copy of the topics: rebuilt from the beginning it equals the live one, and a restart
/// carries on from where it left off.
@Suite("Workspace read model", .serialized)
struct ReadModelTests {
    /// Follows the topics into a new store at `path` until it has read everything there is.
    private func rebuild(_ fixture: WorkspaceFixture, at path: String) async throws -> CaseStore {
        let store = try CaseStore(path: path)
        let follower = try TopicFollower.readModel(store: store, kafka: fixture.test.kafka, logger: fixture.test.logger)
        let running = Task { try await follower.run() }
        let deadline = ContinuousClock.now + .seconds(30)
        while !(follower.progress.caughtUp && follower.progress.lag == 0), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        running.cancel()
        #expect(follower.progress.caughtUp)
        return store
    }

    @Test("a read model rebuilt from the topics equals the one kept live while people signed off and escalated")
    func rebuildEqualsLive() async throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        try await fixture.seed()
        try await fixture.workspace().test(.live) { client in
            var api = APIClient(client)
            try await api.login("manager")
            try await api.waitForCases(2)
            #expect(try await api.send(.post, "/api/cases/\(fixture.heldCase.caseId)/sign-off",
                                       json: ["action": "confirm", "rationale": "Police and school agree; strategy discussion today."]).status == .accepted)
            #expect(try await api.send(.post, "/api/cases/\(fixture.issuedCase.caseId)/escalation",
                                       json: ["reason": "The family's health visitor has concerns that the referral does not mention."]).status == .accepted)
            try await api.waitForCases(2)
        }
        let live = try CaseStore(path: fixture.configuration.databasePath)
        let rebuilt = try await rebuild(fixture, at: fixture.folder.appendingPathComponent("rebuilt.sqlite").path)
        let content = try live.canonicalContent()
        #expect(content.contains("mash.sign-off") && content.contains("mash.escalation"))
        #expect(try rebuilt.canonicalContent() == content)
        #expect(try rebuilt.counts().cases == 2)
    }

    @Test("a restarted workspace keeps its model and reads on from where it stopped")
    func restartCarriesOn() async throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        try await fixture.seed()
        try await fixture.workspace().test(.live) { client in
            var api = APIClient(client)
            try await api.login("auditor")
            try await api.waitForCases(2)
        }
        let before = try CaseStore(path: fixture.configuration.databasePath).canonicalContent()
        // A third case arrives while the workspace is down.
        var third = fixture.issuedCase
        third.referralId = "SCH/2026/0200"
        third.referral.referralId = third.referralId
        third.caseId = CaseIdentifiers.caseId(referralId: third.referralId)
        try await fixture.test.producer().send([WorkspaceFixture.producerRecord(try StageRecord(topic: .decision, key: third.subjectKey, message: third))])
        try await fixture.workspace().test(.live) { client in
            var api = APIClient(client)
            try await api.login("auditor")
            try await api.waitForCases(3)
            let cases = try await api.json("/api/cases")["cases"] as? [[String: Any]] ?? []
            #expect(cases.count == 3)
        }
        let after = try CaseStore(path: fixture.configuration.databasePath).canonicalContent()
        // Everything read before the restart is still there, unchanged; the new case came on top.
        #expect(Set(before.split(separator: "\n")).isSubset(of: Set(after.split(separator: "\n"))))
        #expect(after.split(separator: "\n").count > before.split(separator: "\n").count)
        let rebuilt = try await rebuild(fixture, at: fixture.folder.appendingPathComponent("rebuilt.sqlite").path)
        #expect(try rebuilt.canonicalContent() == after, "nothing read twice or skipped across the restart")
    }
}

/// Where a case stands, worked out from its messages whatever order they were read in.
@Suite("Case record status")
struct CaseRecordStatusTests {
    private let example = try! MASHJSON.decode(Review.self, from: Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/mash.review.json")))
    private let signed = try! MASHJSON.decode(Outcome.self, from: Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/mash.outcome.json")))

    private func record(_ messages: [(PipelineTopic, any Encodable)]) throws -> CaseRecord {
        CaseRecord(caseId: example.caseId, messages: try messages.map { topic, message in (topic, try Self.encode(message)) })
    }

    private static func encode<Message: Encodable>(_ message: Message) throws -> [UInt8] {
        try MASHJSON.encodeBytes(message)
    }

    @Test func aHeldProposalAwaitsUntilAnOutcomeSignsThatProposal() throws {
        #expect(try record([(.review, example)]).status == .awaitingSignOff)
        var outcome = signed
        outcome.decision.proposal?.proposalDigest = example.proposalDigest
        // Read in either order, the same standing.
        #expect(try record([(.review, example), (.outcome, outcome)]).status == .issued)
        #expect(try record([(.outcome, outcome), (.review, example)]).status == .issued)
        // An outcome of an older proposal leaves a newer one waiting.
        outcome.decision.proposal?.proposalDigest = String(repeating: "b", count: 64)
        #expect(try record([(.outcome, outcome), (.review, example)]).status == .awaitingSignOff)
    }

    @Test func anEscalationIsOpenUntilResolved() throws {
        let person = Practitioner(username: "lee", name: "Lee Okafor", role: .agencyResearcher, agency: .education)
        let raised = Escalation(escalationId: "ESC-1", caseId: example.caseId, kind: .raised, concerning: .proposal,
                                text: "The level looks too low to education.", by: person, at: example.heldAt)
        #expect(try record([(.review, example), (.escalation, raised)]).openEscalations.map(\.escalationId) == ["ESC-1"])
        let resolved = Escalation(escalationId: "ESC-2", caseId: example.caseId, kind: .resolved, resolves: "ESC-1",
                                  text: "Discussed: the proposal stands.", by: person, at: example.heldAt.adding(minutes: 5))
        #expect(try record([(.escalation, resolved), (.review, example), (.escalation, raised)]).openEscalations.isEmpty)
    }

    @Test func aSignOffIsPendingUntilAppliedOrRefused() throws {
        let signOff = SignOff(signOffId: "SO-12345678", caseId: example.caseId, proposalDigest: example.proposalDigest, action: .confirm,
                              rationale: "Agreed with the proposal in full.", signedBy: Practitioner(username: "sam", name: "Sam", role: .hubManager, agency: .socialCare),
                              signedAt: example.heldAt.adding(minutes: 1))
        #expect(try record([(.review, example), (.signOff, signOff)]).pendingSignOffs.count == 1)
        var chain = AuditChain()
        let refusal = chain.seal(AuditRecord(auditId: "\(example.caseId)/sign-off-refused/SO-12345678", caseId: example.caseId, action: .signOffRefused,
                                             reason: "refused", stage: "decision", policyVersion: "test", at: example.heldAt))
        #expect(try record([(.review, example), (.signOff, signOff), (.audit, refusal)]).pendingSignOffs.isEmpty)
    }
}
