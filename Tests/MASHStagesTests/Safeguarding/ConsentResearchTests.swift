import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// Haringey: below the child-protection threshold, consent limits what is searched as well as what is shared.
@Suite struct ConsentResearchTests {
    private func screen(_ categories: [ConcernCategory], consent: Consent) throws -> CaseFile {
        let referral = Fixtures.referral {
            $0.concern.categories = categories
            $0.consent = consent
        }
        return try ReferralScreening().screen(Fixtures.input(referral)).caseFile(on: .research)
    }

    @Test(arguments: [Consent.refused(reason: "father declined"), .notSought(reason: "mother not reachable")])
    func withoutConsentBelowChildProtectionOnlySocialCareIsSearched(consent: Consent) throws {
        let screened = try screen([.neglect], consent: consent)
        #expect(screened.screening.searchOnly == [.socialCare])
        #expect(screened.screening.reasons.last?.hasSuffix("research searches only Children's Social Care's records (Haringey)") == true)

        let researched = try AgencyResearch(stores: ExampleStores.all).research(Fixtures.input(screened)).caseFile(on: .riskAssessment)
        let research = try #require(researched.research)
        #expect(research.agenciesQueried == [.socialCare])
        #expect(Set(research.notSearched ?? []) == Set(ExampleStores.all.map(\.agency)).subtracting([.socialCare]))
        #expect(research.notSearched?.count ?? 0 >= 2)
        #expect(research.items.allSatisfy { $0.owner == .socialCare })
        #expect(research.noResponseFrom.isEmpty, "not searching is not a missed deadline")
    }

    @Test func withConsentOrAtChildProtectionEveryAgencyIsSearched() throws {
        #expect(try screen([.neglect], consent: .given).screening.searchOnly == nil)
        #expect(try screen([.neglect], consent: .overridden(justification: "risk of significant harm")).screening.searchOnly == nil)
        // Physical abuse screens at level 4, where consent may be overridden: every agency is asked.
        let protection = try screen([.physicalAbuse], consent: .refused(reason: nil))
        #expect(protection.screening.searchOnly == nil)
        let research = try #require(try AgencyResearch(stores: ExampleStores.all).research(Fixtures.input(protection)).caseFile(on: .riskAssessment).research)
        #expect(research.notSearched == nil && research.agenciesQueried.count > 1)
    }

    @Test func aHubMaySearchMoreWithoutConsent() throws {
        var policy = HubPolicy.default
        policy.sharing.researchWithoutConsent = [.socialCare, .police]
        let referral = Fixtures.referral { $0.consent = .refused(reason: nil) }
        let screened = try ReferralScreening(policy: policy).screen(Fixtures.input(referral)).caseFile(on: .research)
        #expect(screened.screening.searchOnly == [.socialCare, .police])
    }
}
