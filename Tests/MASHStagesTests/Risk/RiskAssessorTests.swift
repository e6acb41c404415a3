import Foundation
import MASHCore
@testable import MASHStages
import Testing

@Suite struct RiskAssessorTests {
    @Test func theExampleCaseIsAssessedAndStaysValid() throws {
        let records = try RiskAssessor().assess(Fixtures.input(TopicFiles.example("mash.risk-assessment")))
        try records.expectSchemaValid()
        #expect(records.first?.key == "sk:13a0d1a304cba82de0463559d6263c9c")
        let caseFile = try records.caseFile(on: .decision)
        #expect(caseFile.timestamps.risk == Fixtures.now)
        let assessment = try #require(caseFile.assessment)
        #expect(assessment.flags == [.maracHighRiskDASH, .repeatReferral])
        #expect(assessment.level == .childProtection)
        #expect(assessment.reRating == ReRating(from: .amber, to: .red, reason: "Raised from Amber to Red after research by dash.high-risk"))
        #expect(assessment.factors == [.domesticViolenceChild, .domesticViolenceParentOrCarer, .mentalHealthParentOrCarer, .neglect, .emotionalAbuse])
        #expect(assessment.primaryNeed == .abuseOrNeglect)
    }

    @Test func theLevelIsNeverBelowScreening() throws {
        let screenedRed = try RiskTesting.assess(Fixtures.researched(level: .childProtection))
        #expect(screenedRed.level == .childProtection)
        #expect(screenedRed.rag == .red)
        #expect(screenedRed.reRating == nil)
        // A rule that sets a lower level than screening does not pull it down.
        let screenedAmber = try RiskTesting.assess(Fixtures.researched(level: .childInNeed, previousReferrals: 1))
        #expect(screenedAmber.flags.contains(.repeatReferral))
        #expect(screenedAmber.level == .childInNeed)
    }

    @Test func aRaisedRatingIsRecordedWithTheRulesBehindIt() throws {
        let plan = Fixtures.item("SC-CPP", owner: .socialCare, kind: .childProtectionPlan, date: RiskTesting.monthsAgo(4))
        let assessment = try RiskTesting.assess(Fixtures.researched(level: .earlyHelp, items: [plan]))
        let reRating = try #require(assessment.reRating)
        #expect(reRating.from == .green)
        #expect(reRating.to == .red)
        #expect(reRating.reason.contains("child-protection-plan"))
        #expect(assessment.rationale.first?.rule == "screening.level")
    }

    @Test func factorsAreCodedByTheRoleOfWhoTheyAreAbout() throws {
        let referral = Fixtures.referral { $0.concern.categories = [.domesticAbuse] }
        let items = [
            Fixtures.item("GP-1", owner: .health, subject: "S2", kind: .gpConcern, factors: [.mentalHealthChild]),
            Fixtures.item("INT-1", subject: "S3", factors: [.drugMisuseChild]),
            Fixtures.item("SC-1", owner: .socialCare, subject: "S1", kind: .previousReferral, factors: [.neglect]),
        ]
        let assessment = try RiskTesting.assess(Fixtures.researched(referral, items: items))
        #expect(assessment.factors == [.domesticViolenceChild, .domesticViolenceParentOrCarer, .mentalHealthParentOrCarer, .neglect])
    }

    @Test func theScoreIsThePolicysSum() throws {
        let referral = Fixtures.referral { $0.concern.categories = [.domesticAbuse]; $0.concern.dash = Fixtures.dash(yes: 20) }
        let assessment = try RiskTesting.assess(Fixtures.researched(referral, previousReferrals: 1))
        let weights = HubPolicy.default.score
        let expected = weights.perLevel * assessment.level.rawValue + weights.perFactor * assessment.factors.count
            + assessment.flags.map { weights.flags[$0] ?? 0 }.reduce(0, +)
        #expect(assessment.flags == [.maracHighRiskDASH, .repeatReferral])
        #expect(assessment.score == expected)

        var heavy = HubPolicy.default
        heavy.score.perLevel = .max
        #expect(try RiskTesting.assess(Fixtures.researched(referral), policy: heavy).score == .max)
    }

    @Test func primaryNeedFollowsTheFactors() throws {
        #expect(try RiskTesting.assess(Fixtures.researched()).primaryNeed == .abuseOrNeglect)
        let universal = Fixtures.referral { $0.concern.categories = [.other] }
        #expect(try RiskTesting.assess(Fixtures.researched(universal, level: .universal)).primaryNeed == .notInNeed)
        let substance = Fixtures.referral { $0.concern.categories = [.parentalMentalHealth] }
        #expect(try RiskTesting.assess(Fixtures.researched(substance)).primaryNeed == .parentalDisabilityOrIllness)
    }

    @Test func aCaseFileWithoutAChildIsRejected() throws {
        var caseFile = Fixtures.researched()
        caseFile.referral.subjects.removeFirst()
        #expect(throws: StageRejection(reason: "mash.risk-assessment: case \"CASE-SCH.2026.0042\": referral.subjects: no child subject")) {
            try RiskAssessor().assess(Fixtures.input(caseFile))
        }
    }
}
