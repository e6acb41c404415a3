import Foundation
import MASHCore
@testable import MASHStages
import Testing

@Suite struct DecisionOutcomeTests {
    @Test(arguments: Level.allCases)
    func eachLevelGetsThePolicysResponse(level: Level) throws {
        let policy = HubPolicy.default
        let records = try DecisionTesting.decide(DecisionTesting.assessed(level: level))
        try records.expectSchemaValid()
        let decision = try records.outcome.decision
        #expect(decision.outcome == policy.outcomes[level].outcome)
        #expect(decision.additionalOutcomes == policy.outcomes[level].additionalOutcomes)
        #expect(decision.level == level)
        #expect(decision.decidedBy == "policy default-2026.1")
        #expect(decision.decidedAt == Fixtures.now)
        let outcomes = [decision.outcome] + decision.additionalOutcomes
        let expected = policy.taskings.filter { outcomes.contains($0.outcome) }.map(\.action)
        #expect(try records.taskings.map(\.action) == expected)
    }

    @Test func theDefaultResponsesAreTheContinuumOfNeed() throws {
        func actions(_ level: Level) throws -> [TaskingAction] {
            try DecisionTesting.decide(DecisionTesting.assessed(level: level)).taskings.map(\.action)
        }
        #expect(try actions(.universal) == [])
        #expect(try actions(.earlyHelp) == [.earlyHelpAssessment])
        #expect(try actions(.childInNeed) == [.s17Assessment])
        #expect(try actions(.childProtection) == [.s47StrategyDiscussion, .childAbuseInvestigation])
        let outcome = try DecisionTesting.decide(DecisionTesting.assessed(level: .universal)).outcome
        #expect(outcome.decision.outcome == .informationAndAdvice)
        #expect(outcome.taskings.isEmpty)
    }

    @Test func aRequiredMARACTasksThePolice() throws {
        let records = try DecisionTesting.decide(DecisionTesting.assessed(level: .childProtection, flags: [.maracHighRiskDASH]))
        #expect(try records.outcome.decision.additionalOutcomes.contains(.maracReferral))
        #expect(try records.taskings.contains { $0.recipient == .police && $0.action == .maracReferral })
        #expect(records.on(.taskingPolice).count == 2)
    }

    @Test(arguments: [("2023-01-01", TaskingAction.healthVisitorFollowUp), ("2016-05-12", .schoolNurseFollowUp), (nil, .gpFollowUp)] as [(String?, TaskingAction)])
    func healthFollowsUpByTheChildsAge(birth: String?, action: TaskingAction) throws {
        let healthRecord = Fixtures.item("HV-1", owner: .health, kind: .healthVisitorConcern)
        let caseFile = DecisionTesting.assessed(DecisionTesting.referral(birth: birth), level: .childInNeed, items: [healthRecord])
        let health = try DecisionTesting.decide(caseFile).taskings.filter { $0.recipient == .health }
        #expect(health.map(\.action) == [action])
        #expect(health.first?.subjects.map(\.subjectId) == ["S1", "S2"])  // child and parent only, not the partner
    }

    @Test func noHealthFollowUpWithoutAReason() throws {
        let records = try DecisionTesting.decide(DecisionTesting.assessed(level: .childInNeed))
        #expect(try !records.outcome.decision.additionalOutcomes.contains(.healthFollowUp))
        let young = try DecisionTesting.decide(DecisionTesting.assessed(DecisionTesting.referral(birth: "2024-01-01"), level: .universal))
        #expect(try young.taskings.isEmpty)
    }

    @Test func tasksFallDueFromReceiptNotFromTheDecision() throws {
        let later = Fixtures.ingestedAt.adding(days: 3)
        let records = try DecisionTesting.decide(DecisionTesting.assessed(level: .childProtection), now: later)
        for tasking in try records.taskings {
            let rule = try #require(HubPolicy.default.taskings.first { $0.action == tasking.action })
            #expect(tasking.dueBy == Fixtures.ingestedAt.adding(hours: rule.due.hours))
            #expect(tasking.timestamps.decision == later)
            #expect(tasking.timestamps.received == Fixtures.ingestedAt)
        }
    }

    @Test func taskingsAndOutcomeAreKeyedBySubjectAndAuditByCase() throws {
        let item = Fixtures.item("INT-1")
        let records = try DecisionTesting.decide(DecisionTesting.assessed(level: .childInNeed, items: [item]))
        let caseFile = DecisionTesting.assessed(level: .childInNeed)
        #expect(records.filter { $0.topic != "mash.audit" }.allSatisfy { $0.key == caseFile.subjectKey })
        #expect(records.on(.audit).allSatisfy { $0.key == caseFile.caseId })
        let outcome = try records.outcome
        #expect(outcome.taskings.map(\.taskingId) == ["CASE-SCH.2026.0042/social-care/s17-assessment"])
        #expect(outcome.outcomeId == "CASE-SCH.2026.0042/outcome")
    }

    @Test func aManagerReviewsLevelFourConflictsAndMissingResponses() throws {
        let routine = try DecisionTesting.decide(DecisionTesting.assessed(level: .earlyHelp))
        #expect(try !routine.outcome.decision.forManagerReview)
        #expect(try !routine.audits.contains { $0.action == .managerReview })

        let plan = Fixtures.item("SC-CPP", owner: .socialCare, kind: .childProtectionPlan)
        let conflict = DecisionTesting.assessed(screened: .earlyHelp, level: .childProtection, items: [plan],
                                                noResponseFrom: [.health], cited: ["SC-CPP"])
        let records = try DecisionTesting.decide(conflict)
        let decision = try records.outcome.decision
        #expect(decision.forManagerReview)
        #expect(decision.reviewReasons.count == 3)
        #expect(decision.reviewReasons.contains("conflicting indications: records held by Children's Social Care indicate level 4 concerns while the referral screened Green"))
        #expect(decision.reviewReasons.contains("no response from Health: decided without its records"))
        let audit = try #require(try records.audits.first { $0.action == .managerReview })
        #expect(audit.reason == decision.reviewReasons.joined(separator: "; "))
    }

    /// Research attaches a person from 0.9 as a possible match and from 0.99 as a match (MatchThresholds).
    @Test(arguments: [(0.9, true), (0.985, true), (0.99, false), (1.0, false)])
    func aDecisionOnAPossibleMatchIsReviewed(confidence: Double, reviewed: Bool) throws {
        let item = Fixtures.item("INT-7", confidence: confidence)
        let caseFile = DecisionTesting.assessed(level: .childInNeed, items: [item], cited: ["INT-7"])
        let reasons = try DecisionTesting.decide(caseFile).outcome.decision.reviewReasons
        #expect(reasons == (reviewed ? ["rests on possible person matches a practitioner must verify: INT-7"] : []))
    }

    @Test func theExampleDecisionTasksEveryoneAndStaysValid() throws {
        let records = try DecisionMaker().decide(Fixtures.input(TopicFiles.example("mash.decision")))
        try records.expectSchemaValid()
        #expect(try records.taskings.map { "\($0.recipient.rawValue)/\($0.action.rawValue)" } == [
            "social-care/s47-strategy-discussion", "police/child-abuse-investigation", "police/marac-referral",
            "health/health-visitor-follow-up",
        ])
        let outcome = try records.outcome
        #expect(outcome.decision.additionalOutcomes == [.policeInvestigation, .maracReferral, .healthFollowUp])
        #expect(outcome.decision.forManagerReview)
    }

    @Test func aCaseFileWithoutAnAssessmentIsRejected() throws {
        let input = Fixtures.input(try TopicFiles.example("mash.risk-assessment"))
        #expect(throws: StageRejection.self) { try DecisionMaker().decide(input) }
    }
}
