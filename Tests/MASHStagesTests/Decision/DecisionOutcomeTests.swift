import Foundation
import MASHCore
@testable import MASHStages
import Testing

@Suite struct DecisionOutcomeTests {
    @Test(arguments: Level.allCases)
    func eachLevelGetsThePolicysResponse(level: Level) throws {
        let policy = HubPolicy.default
        let records = try DecisionTesting.issue(DecisionTesting.assessed(level: level))
        try records.expectSchemaValid()
        let decision = try records.outcome.decision
        #expect(decision.outcome == policy.outcomes[level].outcome)
        #expect(decision.additionalOutcomes == policy.outcomes[level].additionalOutcomes)
        #expect(decision.level == level)
        // Levels 3 and 4 wait for a person (policy.signOff.fromLevel); below that software issues them.
        let signed = level >= policy.signOff.fromLevel
        #expect(decision.decidedBy == (signed ? DecisionTesting.manager.signature : "policy default-2026.1"))
        #expect(decision.decidedAt == (signed ? DecisionTesting.signedAt : Fixtures.now))
        let outcomes = [decision.outcome] + decision.additionalOutcomes
        let expected = policy.taskings.filter { outcomes.contains($0.outcome) }.map(\.action)
        #expect(try records.taskings.map(\.action) == expected)
    }

    @Test func theDefaultResponsesAreTheContinuumOfNeed() throws {
        func actions(_ level: Level) throws -> [TaskingAction] {
            try DecisionTesting.issue(DecisionTesting.assessed(level: level)).taskings.map(\.action)
        }
        #expect(try actions(.universal) == [])
        #expect(try actions(.earlyHelp) == [.earlyHelpAssessment])
        #expect(try actions(.childInNeed) == [.s17Assessment])
        #expect(try actions(.childProtection) == [.s47StrategyDiscussion, .childAbuseInvestigation])
        let outcome = try DecisionTesting.issue(DecisionTesting.assessed(level: .universal)).outcome
        #expect(outcome.decision.outcome == .informationAndAdvice)
        #expect(outcome.taskings.isEmpty)
    }

    @Test func aRequiredMARACTasksThePolice() throws {
        let records = try DecisionTesting.issue(DecisionTesting.assessed(level: .childProtection, flags: [.maracHighRiskDASH]))
        #expect(try records.outcome.decision.additionalOutcomes.contains(.maracReferral))
        #expect(try records.taskings.contains { $0.recipient == .police && $0.action == .maracReferral })
        #expect(records.on(.taskingPolice).count == 2)
    }

    @Test(arguments: [("2023-01-01", TaskingAction.healthVisitorFollowUp), ("2016-05-12", .schoolNurseFollowUp), (nil, .gpFollowUp)] as [(String?, TaskingAction)])
    func healthFollowsUpByTheChildsAge(birth: String?, action: TaskingAction) throws {
        let healthRecord = Fixtures.item("HV-1", owner: .health, kind: .healthVisitorConcern)
        let caseFile = DecisionTesting.assessed(DecisionTesting.referral(birth: birth), level: .childInNeed, items: [healthRecord])
        let health = try DecisionTesting.issue(caseFile).taskings.filter { $0.recipient == .health }
        #expect(health.map(\.action) == [action])
        #expect(health.first?.subjects.map(\.subjectId) == ["S1", "S2"])  // child and parent only, not the partner
    }

    @Test func noHealthFollowUpWithoutAReason() throws {
        let records = try DecisionTesting.issue(DecisionTesting.assessed(level: .childInNeed))
        #expect(try !records.outcome.decision.additionalOutcomes.contains(.healthFollowUp))
        let young = try DecisionTesting.issue(DecisionTesting.assessed(DecisionTesting.referral(birth: "2024-01-01"), level: .universal))
        #expect(try young.taskings.isEmpty)
    }

    @Test func tasksFallDueFromReceiptNotFromTheDecision() throws {
        let later = Fixtures.ingestedAt.adding(days: 3)
        let records = try DecisionTesting.issue(DecisionTesting.assessed(level: .childProtection), now: later)
        for tasking in try records.taskings {
            let rule = try #require(HubPolicy.default.taskings.first { $0.action == tasking.action })
            #expect(tasking.dueBy == Fixtures.ingestedAt.adding(hours: rule.due.hours))
            #expect(tasking.timestamps.decision == later)
            #expect(tasking.timestamps.received == Fixtures.ingestedAt)
        }
    }

    @Test func taskingsAndOutcomeAreKeyedBySubjectAndAuditByCase() throws {
        let item = Fixtures.item("INT-1")
        let records = try DecisionTesting.issue(DecisionTesting.assessed(level: .childInNeed, items: [item]))
        let caseFile = DecisionTesting.assessed(level: .childInNeed)
        let byCase: Set<String> = [PipelineTopic.audit.rawValue, PipelineTopic.heldDecisions.rawValue]
        let history = PipelineTopic.childHistory.rawValue
        #expect(records.filter { !byCase.contains($0.topic) && $0.topic != history }.allSatisfy { $0.key == caseFile.subjectKey })
        #expect(records.filter { byCase.contains($0.topic) }.allSatisfy { $0.key == caseFile.caseId })
        #expect(records.on(.childHistory).map(\.key) == ["\(caseFile.subjectKey)|\(caseFile.caseId)"])
        let outcome = try records.outcome
        #expect(outcome.taskings.map(\.taskingId) == ["CASE-SCH.2026.0042/social-care/s17-assessment"])
        #expect(outcome.outcomeId == "CASE-SCH.2026.0042/outcome")
    }

    @Test func aPersonSignsOffLevelFourConflictsAndMissingResponses() throws {
        let routine = try DecisionTesting.decide(DecisionTesting.assessed(level: .earlyHelp))
        #expect(try routine.review == nil)
        #expect(try !routine.outcome.decision.forManagerReview)
        #expect(try !routine.audits.contains { $0.action == .decisionHeld })

        let plan = Fixtures.item("SC-CPP", owner: .socialCare, kind: .childProtectionPlan)
        let conflict = DecisionTesting.assessed(screened: .earlyHelp, level: .childProtection, items: [plan],
                                                noResponseFrom: [.health], cited: ["SC-CPP"])
        let records = try DecisionTesting.decide(conflict)
        #expect(records.on(.outcome).isEmpty)
        let review = try #require(try records.review)
        #expect(review.decision.forManagerReview)
        #expect(review.heldBecause == review.decision.reviewReasons)
        #expect(review.heldBecause == [
            "child-protection response (s47-strategy-discussion, police-investigation): software may propose it, a person decides",
            "level 4 decision: a person signs off every decision at level 3 or above",
            "Red case: a person signs off every Red decision",
            "conflicting indications: records held by Children's Social Care indicate level 4 concerns while the referral screened Green",
            "no response from Health: decided without its records",
        ])
        let audit = try #require(try records.audits.first { $0.action == .decisionHeld })
        #expect(audit.reason.hasSuffix(review.heldBecause.joined(separator: "; ")))
    }

    /// Research attaches a person from 0.9 as a possible match and from 0.99 as a match (MatchThresholds).
    @Test(arguments: [(0.9, true), (0.985, true), (0.99, false), (1.0, false)])
    func aDecisionOnAPossibleMatchIsHeld(confidence: Double, held: Bool) throws {
        let item = Fixtures.item("INT-7", confidence: confidence)
        let caseFile = DecisionTesting.assessed(level: .earlyHelp, items: [item], cited: ["INT-7"])
        let review = try DecisionTesting.decide(caseFile).review
        #expect(review?.heldBecause == (held ? ["rests on possible person matches a practitioner must verify: INT-7"] : nil))
    }

    @Test func theExampleDecisionTasksEveryoneAndStaysValid() throws {
        let caseFile = try MASHJSON.decode(CaseFile.self, from: Data(TopicFiles.example("mash.decision")))
        let records = try DecisionTesting.issue(caseFile)
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
