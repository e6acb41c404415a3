import Foundation
import MASHCore
import MASHStages
import MASHTestSupport
import Testing
@testable import MASHReport

/// Policy replay on cases recorded by the real risk and decision stages under the default policy.
@Suite struct PolicyReplayTests {
    /// A case ready for the risk stage: the topics' example with no research items, and `dashYes` of its
    /// DASH answers yes (the first ones: never threats to kill or strangulation), or no DASH and neglect.
    static func riskInput(_ id: String, dashYes: Int?) throws -> CaseFile {
        var file = try MASHJSON.decode(CaseFile.self, from: Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/mash.risk-assessment.json")))
        file.caseId = "CASE-\(id)"
        file.referralId = id
        file.referral.referralId = id
        file.referral.concern.professionalJudgement = nil
        if let dashYes, var dash = file.referral.concern.dash {
            dash.answers = (0..<dash.answers.count).map { $0 < dashYes }
            file.referral.concern.dash = dash
            file.referral.concern.categories = [.domesticAbuse]
        } else {
            file.referral.concern.dash = nil
            file.referral.concern.categories = [.neglect]
        }
        file.research?.items = []
        file.research?.links = []
        return file
    }

    /// What the hub recorded for these cases under the default policy, through the real stages.
    static func recordedHistory() throws -> HubHistory {
        var history = HubHistory()
        for file in [try riskInput("DASH-12", dashYes: 12), try riskInput("NEGLECT", dashYes: nil)] {
            let riskAt = Timestamp(iso8601: "2026-03-01T11:03:00.000Z")!
            let assessed = try RiskAssessor().assess(StageInput(value: try MASHJSON.encodeBytes(file), ingestedAt: file.receivedAt, now: riskAt))
            let toDecide = try #require(assessed.first { $0.topic == "mash.decision" })
            history.take(topic: "mash.decision", value: toDecide.value)
            let decided = try DecisionMaker().decide(StageInput(value: toDecide.value, ingestedAt: file.receivedAt, now: Timestamp(iso8601: "2026-03-01T11:03:01.000Z")!))
            for record in decided where ["mash.outcome", "mash.review"].contains(record.topic) { history.take(topic: record.topic, value: record.value) }
        }
        return history
    }

    static let from = Timestamp(iso8601: "2026-01-01T00:00:00.000Z")!
    static let to = Timestamp(iso8601: "2027-01-01T00:00:00.000Z")!

    @Test("a replay under the policy the cases were decided by changes nothing")
    func samePolicyChangesNothing() throws {
        let report = try PolicyReplay(policy: .default).replay(try Self.recordedHistory(), from: Self.from, to: Self.to)
        #expect(report.cases == 2)
        #expect(report.changes.isEmpty && report.changedLevel == 0 && report.changedOutcome == 0 && report.changedTaskings == 0, "\(report.changes)")
    }

    @Test("a stricter DASH threshold (high risk from 10 yes answers) changes exactly the case with 12, to level 4 with a MARAC referral, and names the rule")
    func stricterPolicyChangesTheExpectedCase() throws {
        var strict = HubPolicy.default
        strict.version = "strict-dash-2026.1"
        strict.dash.highFrom = 10
        let report = try PolicyReplay(policy: strict).replay(try Self.recordedHistory(), from: Self.from, to: Self.to)
        #expect(report.cases == 2 && report.policyVersion == "strict-dash-2026.1")
        #expect(report.changes.map(\.caseId) == ["CASE-DASH-12"], "\(report.changes.map(\.caseId))")
        let change = try #require(report.changes.first)
        #expect(change.before.level == 3 && change.after.level == 4 && report.changedLevel == 1)
        #expect(!change.before.outcomes.contains(.maracReferral) && change.after.outcomes.contains(.maracReferral))
        #expect(change.after.taskings.count > change.before.taskings.count && report.changedTaskings == 1)
        #expect(!change.rulesAdded.isEmpty && report.rules.contains { $0.added == 1 }, "\(change.rulesAdded)")
    }
}
