import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// SafeLives: professional judgement is a MARAC criterion of its own, whatever the DASH count.
@Suite struct MARACJudgementTests {
    /// A DASH with `yes` answered "yes" (1-based question numbers) and nothing else.
    private func dash(_ version: DASHVersion, yes: [Int]) -> DASHChecklist {
        DASHChecklist(version: version, answers: (1...version.questionCount).map { yes.contains($0) })
    }

    private func assess(_ change: (inout Referral) -> Void) throws -> RiskAssessment {
        let referral = Fixtures.referral {
            $0.concern.categories = [.domesticAbuse]
            change(&$0)
        }
        return try RiskTesting.assess(Fixtures.researched(referral, level: .childInNeed))
    }

    @Test(arguments: DASHVersion.allCases)
    func strangulationWithThreatsToKillIsReferredToMARACAtAnyCount(version: DASHVersion) throws {
        let checklist = dash(version, yes: [version.strangulationQuestion, version.threatsToKillQuestion])
        #expect(checklist.yesCount == 2)
        let assessment = try assess { $0.concern.dash = checklist }
        #expect(assessment.maracRequired)
        #expect(assessment.flags.contains(.maracProfessionalJudgement))
        #expect(assessment.level == .childProtection)
        let line = try #require(assessment.line("marac.professional-judgement"))
        #expect(line.text.contains("attempted strangulation or choking and threats to kill"))
        #expect(line.facts == ["referral.concern.dash"])
    }

    @Test func eitherAloneAtALowCountIsNot() throws {
        let version = DASHVersion.police27
        for question in [version.strangulationQuestion, version.threatsToKillQuestion] {
            let assessment = try assess { $0.concern.dash = dash(version, yes: [question, 1, 2]) }
            #expect(!assessment.maracRequired, "question \(question) alone")
        }
    }

    @Test func theReferrersJudgedMARACIsReferredWithTheReason() throws {
        let assessment = try assess {
            $0.concern.professionalJudgement = ProfessionalJudgement(level: .childInNeed, reason: "stalking after separation", maracReferral: true)
        }
        #expect(assessment.maracRequired && assessment.flags.contains(.maracProfessionalJudgement))
        #expect(assessment.line("marac.professional-judgement")?.text.contains("stalking after separation") == true)
        // The decision then adds the MARAC referral, and the police are tasked with it once a person signs off.
        var caseFile = Fixtures.researched(Fixtures.referral {
            $0.concern.categories = [.domesticAbuse]
            $0.concern.professionalJudgement = ProfessionalJudgement(level: .childInNeed, reason: "stalking after separation", maracReferral: true)
        }, level: .childInNeed)
        caseFile.schema = MessageSchema.decision
        caseFile.assessment = assessment
        let records = try DecisionTesting.issue(caseFile)
        #expect(try records.taskings.contains { $0.recipient == .police && $0.action == .maracReferral })
    }

    @Test func aJudgementWithoutMARACIsNoMARACReason() throws {
        let assessment = try assess { $0.concern.professionalJudgement = ProfessionalJudgement(level: .childInNeed, reason: "worried") }
        #expect(!assessment.flags.contains(.maracProfessionalJudgement))
    }
}
