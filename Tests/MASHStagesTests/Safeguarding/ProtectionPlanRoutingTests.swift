import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// A child on a child protection plan, open to social care, referred again: the referral goes to the
/// allocated worker, but the plan sets the level, a person signs the routing off, and the police are tasked
/// where the policy's response to that level says so.
@Suite struct ProtectionPlanRoutingTests {
    private func record(_ id: String, kind: IntelligenceKind, date: String, endDate: String? = nil) -> AgencyRecord {
        Fixtures.record(id, agency: .socialCare, person: "LA-77", nhs: "9434765919", kind: kind, date: date,
                        endDate: endDate, caseReference: "SC-OC1", worker: kind == .openCase ? "Sam Patel" : nil)
    }

    private func screen(_ referral: Referral, plan: AgencyRecord?, policy: HubPolicy = .default,
                        held: HeldDecisionBook? = nil) throws -> [StageRecord] {
        let records = [record("OC1", kind: .openCase, date: "2025-06-01")] + [plan].compactMap { $0 }
        let store = InMemoryAgencyRecordStore(agency: .socialCare, records: records)
        return try ReferralScreening(policy: policy, socialCare: store, held: held).screen(Fixtures.input(referral))
    }

    private let physicalAbuse = Fixtures.referral { $0.concern.categories = [.physicalAbuse] }

    @Test func aRedCaseOnAPlanIsHeldAndTasksThePolice() throws {
        let held = HeldDecisionBook()
        let records = try screen(physicalAbuse, plan: record("CP1", kind: .childProtectionPlan, date: "2025-09-01"), held: held)
        try records.expectSchemaValid()
        #expect(!records.contains { $0.topic.hasPrefix("mash.tasking.") || $0.topic == "mash.outcome" }, "nothing issued before a person signs")
        let review = try #require(try records.review)
        #expect(review.decision.outcome == .routedToAllocatedWorker)
        #expect(review.decision.additionalOutcomes == [.policeInvestigation])
        #expect(review.decision.level == .childProtection && review.decision.rag == .red)
        #expect(review.taskings.map(\.recipient) == [.socialCare, .police])
        #expect(review.taskings.map(\.action) == [.allocatedWorkerUpdate, .childAbuseInvestigation])
        #expect(review.heldBecause.contains { $0.hasPrefix("child-protection response (police-investigation)") })
        #expect(review.heldBecause.contains { $0.hasPrefix("Red case routed to the allocated worker") })
        let plan = try #require(review.decision.rationale.first { $0.rule == "screening.child-protection-plan" })
        #expect(plan.text == "The child is on a child protection plan (since 2025-09-01): at least level 4")
        #expect(plan.facts == ["social-care:CP1:S1"])
        // The police are told about the referral, never about the social-care records that routed it.
        let police = try #require(review.taskings.last)
        #expect(police.informationProduct.isEmpty)
        #expect(police.concernSummary.contains(physicalAbuse.concern.summary))

        // Signed off: both taskings go out; the police's share of the referral is not called the allocated worker's.
        let signed = try #require(try DecisionTesting.confirmingHeld(records, held: held))
        #expect(try signed.taskings.map(\.taskingId) == review.taskings.map(\.taskingId))
        let shares = try signed.audits.filter { $0.action == .shared }
        let toPolice = try #require(shares.first { $0.recipient == .police })
        let toSocialCare = try #require(shares.first { $0.recipient == .socialCare })
        #expect(!toPolice.reason.contains("allocated worker"))
        #expect(toSocialCare.reason.hasPrefix("referral sent to the allocated worker of open case SC-OC1"))
        #expect(try signed.outcome.decision.decidedBy.contains("Sam Patel"))
    }

    @Test func aCurrentPlanRaisesAnAmberReferralToRed() throws {
        // Neglect alone screens Amber and would be routed at once; the plan makes it level 4, held.
        let records = try screen(Fixtures.referral(), plan: record("CP1", kind: .childProtectionPlan, date: "2025-09-01"))
        let review = try #require(try records.review)
        #expect(review.caseFile.screening.rag == .amber, "the screening itself still rates the referral alone")
        #expect(review.decision.level == .childProtection)
        #expect(review.taskings.map(\.action) == [.allocatedWorkerUpdate, .childAbuseInvestigation])
        #expect(review.taskings[0].dueBy == Fixtures.ingestedAt.adding(hours: 2), "the allocated worker's Red deadline")
    }

    @Test func anEndedPlanDoesNotRaiseTheLevel() throws {
        let records = try screen(Fixtures.referral(), plan: record("CP1", kind: .childProtectionPlan, date: "2024-01-10", endDate: "2025-12-01"))
        let outcome = try records.outcome
        #expect(outcome.decision.level == .childInNeed && outcome.decision.rag == .amber)
        #expect(outcome.taskings.map(\.action) == [.allocatedWorkerUpdate])
        #expect(!outcome.decision.rationale.contains { $0.rule == "screening.child-protection-plan" })
    }

    @Test func thePolicyDecidesWhetherThePoliceAreTasked() throws {
        var policy = HubPolicy.default
        policy.outcomes.level4 = LevelResponse(outcome: .s47StrategyDiscussion)
        let records = try screen(physicalAbuse, plan: record("CP1", kind: .childProtectionPlan, date: "2025-09-01"), policy: policy)
        let review = try #require(try records.review)
        #expect(review.taskings.map(\.recipient) == [.socialCare])
        #expect(review.decision.additionalOutcomes.isEmpty)
        #expect(review.heldBecause == ["Red case routed to the allocated worker: a person signs off every routing while the case is Red"])
    }
}
