import Foundation
import MASHCore
@testable import MASHStages
import Testing

@Suite struct ReferralScreeningTests {
    let screening = ReferralScreening(policy: .default)

    @Test func theExampleReferralOpensACaseForResearch() throws {
        let records = try screening.screen(Fixtures.input(TopicFiles.example("mash.referral")))
        #expect(records.map(\.topic) == ["mash.research", "mash.referral-register", "mash.child-history"])
        // Keyed by a keyed hash of the child's NHS number: no name, date of birth or identifier in the key.
        #expect(records.first?.key == PartitionKeys.development.key(forIdentity: "nhs:9990000123"))
        #expect(records.first?.key == "sk:13a0d1a304cba82de0463559d6263c9c")
        try records.expectSchemaValid()

        let caseFile = try records.caseFile(on: .research)
        #expect(caseFile.schema == MessageSchema.research)
        #expect(caseFile.caseId == "CASE-NFP.2026.03.000481")
        #expect(caseFile.subjectKey == "sk:13a0d1a304cba82de0463559d6263c9c")
        // Normalised: the NHS number sent as "999 000 0123" travels as ten digits.
        #expect(caseFile.referral.subjects.first?.nhsNumber == "9990000123")
        // The hub's own intake time, not the partner's contact time, is "received".
        #expect(caseFile.timestamps.received == Fixtures.ingestedAt)
        #expect(caseFile.receivedAt == Fixtures.ingestedAt)
        #expect(caseFile.timestamps.referral == Fixtures.now)
        #expect(caseFile.timestamps.research == nil)
    }

    @Test func theExampleScreensRedOnItsHighRiskDASH() throws {
        let caseFile = try screening.screen(Fixtures.input(TopicFiles.example("mash.referral"))).caseFile(on: .research)
        #expect(caseFile.screening.rag == .red)
        #expect(caseFile.screening.level == .childProtection)
        #expect(caseFile.screening.researchDeadline == Fixtures.ingestedAt.adding(hours: 2))
        let reasons = caseFile.screening.reasons.joined(separator: "\n")
        #expect(reasons.contains("police-27 DASH: 15 yes answers, high risk (14 or more)"))
        #expect(reasons.contains("referrer marked the concern urgent"))
        #expect(reasons.contains("referred by Police (census source 6)"))
        #expect(reasons.contains("no store configured"))
        #expect(!caseFile.screening.isReReferral)
    }

    @Test(arguments: [(13, RAG.amber), (14, RAG.red)])
    func dashThirteenIsMediumAndFourteenIsHigh(yes: Int, rag: RAG) throws {
        let referral = Fixtures.referral { $0.concern.categories = [.domesticAbuse]; $0.concern.dash = Fixtures.dash(yes: yes) }
        let caseFile = try screening.screen(Fixtures.input(referral)).caseFile(on: .research)
        #expect(caseFile.screening.rag == rag)
        let hours = try #require(HubPolicy.default.researchDeadlines.deadline(for: rag)).hours
        #expect(caseFile.screening.researchDeadline == Fixtures.ingestedAt.adding(hours: hours))
    }

    @Test func theDeadlineFollowsThePolicyNotAConstant() throws {
        var policy = HubPolicy.default
        policy.researchDeadlines.amber = .clockHours(9)
        let referral = Fixtures.referral()  // neglect: Amber
        let caseFile = try ReferralScreening(policy: policy).screen(Fixtures.input(referral)).caseFile(on: .research)
        #expect(caseFile.screening.rag == .amber)
        #expect(caseFile.screening.researchDeadline == Fixtures.ingestedAt.adding(hours: 9))
    }

    @Test func aBlueReferralHasNoResearchDeadline() throws {
        let referral = Fixtures.referral { $0.concern.categories = [.other] }
        let caseFile = try screening.screen(Fixtures.input(referral)).caseFile(on: .research)
        #expect(caseFile.screening.rag == .blue)
        #expect(caseFile.screening.researchDeadline == Fixtures.ingestedAt)
        #expect(caseFile.screening.reasons.contains("Blue: no MASH research deadline"))
    }

    @Test func theHighestCategoryAndUrgencySetTheLevel() throws {
        let urgentGreen = Fixtures.referral { $0.concern.categories = [.housing]; $0.concern.urgent = true }
        #expect(try screening.screen(Fixtures.input(urgentGreen)).caseFile(on: .research).screening.level == .childInNeed)
        let mixed = Fixtures.referral { $0.concern.categories = [.housing, .sexualAbuse] }
        #expect(try screening.screen(Fixtures.input(mixed)).caseFile(on: .research).screening.level == .childProtection)
    }

    @Test func theCaseIdIsDerivedFromTheReferralIdAndNeverCollides() {
        #expect(CaseIdentifiers.caseId(referralId: "NFP/2026/1") == "CASE-NFP.2026.1")
        #expect(CaseIdentifiers.caseId(referralId: "A/B") != CaseIdentifiers.caseId(referralId: "A-B"))
        #expect(CaseIdentifiers.caseId(referralId: "A/B") != CaseIdentifiers.caseId(referralId: "A_B"))
    }
}

extension ReferralScreeningTests {
    @Test(arguments: [(Level.childProtection, Level.childProtection), (.universal, .childInNeed)])
    func aProfessionalJudgementRaisesTheInitialLevelNeverLowersIt(judged: Level, expected: Level) throws {
        let referral = Fixtures.referral { $0.concern.professionalJudgement = ProfessionalJudgement(level: judged, reason: "bruising seen twice") }  // neglect: 3
        let screening = try ReferralScreening().screen(Fixtures.input(referral)).caseFile(on: .research).screening
        #expect(screening.level == expected)
        let reason = try #require(screening.reasons.first { $0.hasPrefix("referrer's professional judgement") })
        #expect(reason.contains(judged > .childInNeed ? "raised from level 3" : "does not lower level 3"))
    }

    @Test func aProfessionalJudgementWithoutAReasonIsRejected() throws {
        let referral = Fixtures.referral { $0.concern.professionalJudgement = ProfessionalJudgement(level: .childProtection, reason: " ") }
        #expect(throws: StageRejection.self) { try ReferralScreening().screen(Fixtures.input(referral)) }
    }
}
