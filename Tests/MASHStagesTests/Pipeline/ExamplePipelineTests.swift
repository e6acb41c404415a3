import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// The example referral through all four stages against the example agencies' records, and the social
/// care manager's confirmation of the child-protection response the decision stage proposes.
@Suite struct ExamplePipelineTests {
    private func run() throws -> [StageRecord] {
        let input = Fixtures.input(try TopicFiles.example("mash.referral"))
        let screened = try ReferralScreening(socialCare: ExampleStores.socialCare).screen(input)
        let researched = try AgencyResearch(stores: ExampleStores.all).research(Fixtures.input(screened[0].value))
        let assessed = try RiskAssessor().assess(Fixtures.input(researched[0].value))
        let held = HeldDecisionBook()
        let decided = try DecisionMaker(held: held).decide(Fixtures.input(assessed[0].value))
        let signed = try #require(try DecisionTesting.confirmingHeld(decided, held: held))
        return screened + researched + assessed + decided + signed
    }

    @Test func everyOutputDecodesAndSatisfiesItsSchema() throws {
        let records = try run()
        try records.expectSchemaValid()
        #expect(records.map(\.topic).prefix(5) == ["mash.research", "mash.referral-register", "mash.child-history", "mash.risk-assessment", "mash.decision"])
        #expect(try records.caseFile(on: .research).screening.previousReferralCount == 1)
        #expect(try records.audits.count > 10)
    }

    @Test func theLiveInvestigationStaysInsideTheHub() throws {
        let records = try run()
        let taskings = records.filter { $0.topic.hasPrefix("mash.tasking.") }
        #expect(taskings.count == 4)
        for tasking in taskings {
            let text = String(decoding: tasking.value, as: UTF8.self)
            #expect(!text.contains("controlled drugs"))
            #expect(text.contains("confidential information held by Police"))
        }
        let socialCare = try #require(try records.taskings.first { $0.recipient == .socialCare })
        #expect(socialCare.sharedItemIds == [
            "social-care:REF-2025-04417:S1", "health:HV-88310:S1", "police:CR-2025-0912:S2", "police:DA-2025-11873:S2", "health:GP-31207:S2",
        ])
        let withheld = try records.audits.first { $0.itemId == "police:INT-55102:S3" && $0.recipient == .socialCare }
        #expect(withheld?.action == .withheld)
        #expect(withheld?.reason == "owner marked the item hub-only: tasking carries a confidential-information notice")
    }

    @Test func theDecisionRecordsWhyAndWhoDecided() throws {
        let outcome = try run().outcome
        #expect(outcome.decision.outcome == .s47StrategyDiscussion)
        #expect(outcome.decision.level == .childProtection)
        #expect(outcome.decision.rationale.map(\.rule).prefix(3) == ["screening.level", "dash.high-risk", "repeat-referral"])
        #expect(outcome.decision.proposal?.proposedBy == "policy default-2026.1")
        #expect(outcome.decision.decidedBy == DecisionTesting.manager.signature)
        #expect(outcome.decision.rationale.last?.rule == "sign-off.confirm")
        #expect(outcome.timestamps.received == Fixtures.ingestedAt)
    }
}
