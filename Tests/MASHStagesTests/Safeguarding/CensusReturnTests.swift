import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// A contact becomes a census referral only when the decision is an assessment; the outcome records what the
/// census asks for.
@Suite struct CensusReturnTests {
    private func census(level: Level, categories: [ConcernCategory] = [.neglect], factors: [CINFactor] = []) throws -> CensusReturn {
        var caseFile = DecisionTesting.assessed(Fixtures.referral { $0.concern.categories = categories }, level: level)
        caseFile.assessment?.factors = factors
        return try #require(try DecisionTesting.issue(caseFile).outcome.census)
    }

    @Test func onlyAnAssessmentMakesAReferral() throws {
        let advice = try census(level: .universal)
        #expect(!advice.isReferral && advice.referralNFA == nil && advice.categoryOfAbuse == nil)
        let earlyHelp = try census(level: .earlyHelp)
        #expect(!earlyHelp.isReferral)
        let assessment = try census(level: .childInNeed, factors: [.neglect])
        #expect(assessment.isReferral && assessment.referralNFA == false)
        #expect(assessment.referralSource == .schools && assessment.primaryNeed == .abuseOrNeglect && assessment.factors == [.neglect])
        #expect(assessment.categoryOfAbuse == nil, "a category of abuse is for child-protection responses")
    }

    @Test func aChildProtectionResponseRecordsTheCategoryOfAbuse() throws {
        #expect(try census(level: .childProtection, categories: [.neglect]).categoryOfAbuse == .neglect)
        #expect(try census(level: .childProtection, categories: [.domesticAbuse], factors: [.physicalAbuseAdultOnChild]).categoryOfAbuse == .physical)
        #expect(try census(level: .childProtection, categories: [.sexualAbuse], factors: [.emotionalAbuse]).categoryOfAbuse == .multiple)
        #expect(try census(level: .childProtection, categories: [.domesticAbuse]).categoryOfAbuse == nil)
    }

    @Test func noFactorsIsOnlyForNoFurtherAction() throws {
        var policy = HubPolicy.default
        policy.outcomes.level1 = LevelResponse(outcome: .noFurtherAction)
        var caseFile = DecisionTesting.assessed(level: .universal)
        caseFile.assessment?.factors = []
        let census = try #require(try DecisionTesting.issue(caseFile, policy: policy).outcome.census)
        #expect(census.factors == [.noFactorsIdentified] && !census.isReferral)
        #expect(try self.census(level: .universal).factors.isEmpty)
    }
}
