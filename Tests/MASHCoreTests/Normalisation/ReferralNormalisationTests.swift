import Foundation
import MASHCore
import Testing

@Suite struct ReferralNormalisationTests {
    @Test func identifiersBecomeCanonicalAndNamesTidy() {
        let referral = Fixtures.referral { referral in
            referral.referrer.name = "  Ms   Kaur "
            referral.subjects[0].forename = " Zoë  Anne "
            referral.subjects[0].otherNames = ["  Zoe   L "]
            referral.subjects[0].nhsNumber = "943 476 5919"
            referral.subjects[0].upn = "b801200005001"
            referral.subjects[0].address = Address(line1: "1 High St", postcode: "sw1a1aa")
        }.normalised()
        let child = referral.subjects[0]
        #expect(referral.referrer.name == "Ms Kaur")
        #expect(child.forename == "Zoë Anne")
        #expect(child.otherNames == ["Zoe L"])
        #expect(child.nhsNumber == "9434765919")
        #expect(child.upn == "B801200005001")
        #expect(child.address?.postcode == "SW1A 1AA")
        #expect(child.address?.line1 == "1 High St")
    }

    @Test func invalidValuesAreLeftForValidationToReport() {
        let referral = Fixtures.referral { referral in
            referral.subjects[0].nhsNumber = "943 476 5918"
            referral.subjects[0].address = Address(postcode: "not a postcode")
        }.normalised()
        #expect(referral.subjects[0].nhsNumber == "943 476 5918")
        #expect(referral.subjects[0].address?.postcode == "not a postcode")
        #expect(referral.validate().map(\.path) == ["subjects[0].nhsNumber"])
    }

    @Test func theExampleCaseFileCarriesTheNormalisedReferral() throws {
        let referral = try MASHJSON.decode(Referral.self, from: TopicFiles.exampleData("mash.referral"))
        let caseFile = try MASHJSON.decode(CaseFile.self, from: TopicFiles.exampleData("mash.research"))
        #expect(caseFile.referral == referral.normalised())
        #expect(caseFile.subjectKey == PartitionKeys.development.key(for: referral))
        #expect(caseFile.referralId == referral.referralId && caseFile.receivedAt == referral.receivedAt)
    }
}
