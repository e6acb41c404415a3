import Foundation
import MASHCore
@testable import MASHStages
import Testing

@Suite struct HubPolicyTests {
    @Test func theDefaultPolicyRoundTripsAsPlainJSON() throws {
        let data = try MASHJSON.encode(HubPolicy.default)
        #expect(try MASHJSON.decode(HubPolicy.self, from: data) == HubPolicy.default)
        let document = try JSONValue.parse(data)
        #expect(document["version"] == .string("default-2026.1"))
        #expect(document["screening"]?["initialLevels"]?["domestic-abuse"] == .number(3))
        #expect(document["researchDeadlines"]?["red"]?["hours"] == .number(2))
        #expect(document["researchDeadlines"]?["blue"] == nil)
        #expect(document["score"]?["flags"]?["marac-high-risk-dash"] == .number(20))
    }

    @Test func theDefaultListsEveryConcernCategoryAndFlag() {
        let policy = HubPolicy.default
        #expect(ConcernCategory.allCases.allSatisfy { policy.screening.initialLevels[$0] != nil })
        #expect(RiskFlag.allCases.allSatisfy { policy.score.flags[$0] != nil })
        #expect(policy.researchDeadlines.deadline(for: .red) == .clockHours(2))
        #expect(policy.researchDeadlines.deadline(for: .blue) == nil)
        #expect(policy.dash.band(yesCount: 9) == .standard)
        #expect(policy.dash.band(yesCount: 10) == .medium)
        #expect(policy.dash.band(yesCount: 14) == .high)
    }

    @Test func anUnknownCodeInAPolicyFileIsAnError() throws {
        var document = try JSONValue.parse(MASHJSON.encode(HubPolicy.default))
        guard case .object(var members) = document, case .object(var screening)? = members["screening"],
              case .object(var levels)? = screening["initialLevels"] else {
            Issue.record("unexpected policy shape")
            return
        }
        levels["domestic-abuse-typo"] = .number(3)
        screening["initialLevels"] = .object(levels)
        members["screening"] = .object(screening)
        document = .object(members)
        do {
            _ = try MASHJSON.decode(HubPolicy.self, from: document.data())
            Issue.record("a misspelt category was accepted")
        } catch let error as DecodingError {
            #expect(DecodingErrorDescription.describe(error) == "screening.initialLevels.domestic-abuse-typo: \"domestic-abuse-typo\" is not a known code")
        }
    }

    @Test func taskingRulesMatchTheChildsAge() {
        let under5 = TaskingRule(outcome: .healthFollowUp, recipient: .health, action: .healthVisitorFollowUp, due: .clockHours(1), childAgeBelow: 5)
        let from5 = TaskingRule(outcome: .healthFollowUp, recipient: .health, action: .schoolNurseFollowUp, due: .clockHours(1), childAgeFrom: 5)
        let unknown = TaskingRule(outcome: .healthFollowUp, recipient: .health, action: .gpFollowUp, due: .clockHours(1), childAgeUnknown: true)
        let any = TaskingRule(outcome: .earlyHelp, recipient: .socialCare, action: .earlyHelpAssessment, due: .clockHours(1))
        #expect([under5, from5, unknown, any].map { $0.applies(toChildAge: 4) } == [true, false, false, true])
        #expect([under5, from5, unknown, any].map { $0.applies(toChildAge: 5) } == [false, true, false, true])
        #expect([under5, from5, unknown, any].map { $0.applies(toChildAge: nil) } == [false, false, true, true])
    }

    @Test func overridesOnlyNarrow() {
        let item = Fixtures.item("P-1", disclosure: .shareable(with: [.socialCare, .health]))
        var policy = HubPolicy.default
        #expect(policy.disclosure(of: item) == item.disclosure)
        policy.sharing.disclosureRules = DisclosureRules([DisclosureOverride(owner: .police, disclosure: .shareable(with: [.health, .education]))])
        #expect(policy.disclosure(of: item) == .shareable(with: [.health]))
        policy.sharing.disclosureRules = DisclosureRules([DisclosureOverride(owner: .health, disclosure: .withinHubOnly)])
        #expect(policy.disclosure(of: item) == item.disclosure)
        policy.sharing.disclosureRules = DisclosureRules([DisclosureOverride(owner: .police, kind: .crimeReport, disclosure: .withinHubOnly)])
        #expect(policy.disclosure(of: item) == item.disclosure)
        policy.sharing.disclosureRules = DisclosureRules([DisclosureOverride(owner: .police, kind: .policeIntelligence, disclosure: .withinHubOnly)])
        #expect(policy.disclosure(of: item).hubOnly)
    }

    @Test func theStagesReadThePolicyNotConstants() throws {
        var policy = HubPolicy.default
        policy.escalation.incidentsBySamePerpetrator = 3
        policy.outcomes.level3 = LevelResponse(outcome: .earlyHelp)
        policy.version = "test-1"
        let referral = Fixtures.referral { $0.concern.categories = [.domesticAbuse] }
        let assessment = try RiskTesting.assess(Fixtures.researched(referral, items: RiskTesting.incidents(3)), policy: policy)
        #expect(assessment.flags.contains(.maracEscalation))

        // Level 3 waits for a person under this policy's sign-off rules; the proposal is the policy's.
        let held = try #require(try DecisionTesting.decide(DecisionTesting.assessed(level: .childInNeed), policy: policy).review)
        #expect(held.decision.outcome == .earlyHelp)
        #expect(held.decision.decidedBy == "policy test-1")
        #expect(held.taskings.map(\.action) == [.earlyHelpAssessment])
        policy.signOff.fromLevel = .childProtection
        let records = try DecisionTesting.decide(DecisionTesting.assessed(level: .childInNeed), policy: policy)
        #expect(try records.outcome.decision.outcome == .earlyHelp)
        #expect(try records.outcome.decision.decidedBy == "policy test-1")
        #expect(try records.taskings.map(\.action) == [.earlyHelpAssessment])
    }
}
