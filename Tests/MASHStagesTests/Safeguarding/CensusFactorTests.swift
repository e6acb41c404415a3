import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// Hand-made cases a practitioner would check: whose factor a record evidences, and "20 Other" is its own code.
@Suite struct CensusFactorTests {
    private func factors(_ caseFile: CaseFile) throws -> [CINFactor] {
        try RiskTesting.assess(caseFile).factors
    }

    @Test func codeTwentyIsOtherNotDrugMisuse() throws {
        #expect(CINFactor.other.theme == nil)
        #expect(CINFactor.noFactorsIdentified.theme == nil)
        #expect(CINFactor.drugMisuseParentOrCarer.theme == .drugMisuse)
        // A record about the mother coded "20 Other" stays 20: it is not her drug misuse (2B).
        let record = Fixtures.item("SC-20", owner: .socialCare, subject: "S2", kind: .previousReferral, date: RiskTesting.monthsAgo(2), factors: [.other])
        let found = try factors(Fixtures.researched(Fixtures.referral { $0.concern.categories = [.housing] }, items: [record]))
        #expect(found.contains(.other))
        #expect(!found.contains(.drugMisuseParentOrCarer) && !found.contains(.drugMisuseChild))
    }

    @Test func anAdultAtTheAddressIsAnotherHouseholdMemberNotTheChild() throws {
        // Research attaches an unnamed adult found at the child's address to the child: their GP's mental
        // health record is 4C (another person in the household), never the child's 4A.
        var gp = Fixtures.item("GP-7", owner: .health, subject: "S1", kind: .gpConcern, date: RiskTesting.monthsAgo(1), factors: [.mentalHealthChild])
        gp.relation = ItemRelation.sameAddress
        let found = try factors(Fixtures.researched(Fixtures.referral { $0.concern.categories = [.housing] }, items: [gp]))
        #expect(found.contains(.mentalHealthOtherInHousehold))
        #expect(!found.contains(.mentalHealthChild))
    }

    @Test func aParentsOwnRecordIsTheParentsFactor() throws {
        let gp = Fixtures.item("GP-8", owner: .health, subject: "S2", kind: .gpConcern, date: RiskTesting.monthsAgo(1), factors: [.alcoholMisuseChild])
        let found = try factors(Fixtures.researched(Fixtures.referral { $0.concern.categories = [.housing] }, items: [gp]))
        #expect(found.contains(.alcoholMisuseParentOrCarer) && !found.contains(.alcoholMisuseChild))
    }

    @Test func aNamedPerpetratorsThemedFactorIsNotTheHouseholds() throws {
        var record = Fixtures.item("PN-3", owner: .police, subject: "S1", kind: .policeIntelligence, date: RiskTesting.monthsAgo(1), factors: [.drugMisuseChild])
        record.relation = ItemRelation.allegedPerpetrator(inIncident: "DA-1")
        let found = try factors(Fixtures.researched(Fixtures.referral { $0.concern.categories = [.housing] }, items: [record]))
        #expect(!found.contains { $0.theme == .drugMisuse })
    }

    @Test(arguments: [
        ("Mum drinks heavily most evenings.", [CINFactor.alcoholMisuseParentOrCarer]),
        ("Dad is using cannabis and crack in the flat.", [.drugMisuseParentOrCarer]),
        ("Parents' substance misuse is getting worse.", [.alcoholMisuseParentOrCarer, .drugMisuseParentOrCarer]),
    ])
    func parentalSubstanceMisuseIsTheParentsFactor(summary: String, expected: [CINFactor]) throws {
        let referral = Fixtures.referral {
            $0.concern.categories = [.parentalSubstanceMisuse]
            $0.concern.summary = summary
        }
        let found = try factors(Fixtures.researched(referral, level: .earlyHelp))
        #expect(found.filter { $0.theme == .alcoholMisuse || $0.theme == .drugMisuse } == expected)
    }

    @Test func theToxicTrioFiresFromWhatTheReferralSays() throws {
        let referral = Fixtures.referral {
            $0.concern.categories = [.domesticAbuse, .parentalMentalHealth, .parentalSubstanceMisuse]
            $0.concern.summary = "Police called again: mum's partner hit her, she is depressed and drinking through the day."
        }
        let assessment = try RiskTesting.assess(Fixtures.researched(referral, level: .childInNeed))
        #expect(assessment.level == .childProtection)
        let line = try #require(assessment.rationale.first { $0.rule == "continuum.combination" && $0.text.hasPrefix("toxic trio") })
        #expect(line.facts == ["referral.concern.categories"])
    }
}

/// Case files carry agencies' records; a dead letter of one must not copy them out of the hub.
@Suite struct CaseFileDeadLetterTests {
    @Test func theStagesReadingCaseFilesKeepTheirBytesOutOfDeadLetters() {
        #expect(AgencyResearch(stores: []).inputCarriesHubRecords)
        #expect(RiskAssessor().inputCarriesHubRecords)
        #expect(DecisionMaker().inputCarriesHubRecords)
        #expect(!ReferralScreening().inputCarriesHubRecords)
    }
}
