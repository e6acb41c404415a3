import Foundation
import MASHCore
@testable import MASHStages
import Testing

@Suite struct ChildStatusRuleTests {
    private func plan(ended monthsAgo: Int?, kind: IntelligenceKind = .childProtectionPlan, subject: String = "S1") -> IntelligenceItem {
        Fixtures.item("SC-PLAN", owner: .socialCare, subject: subject, kind: kind, date: RiskTesting.monthsAgo(30),
                      endDate: monthsAgo.map { RiskTesting.monthsAgo($0) })
    }

    @Test(arguments: [(nil, true), (11, true), (13, false)] as [(Int?, Bool)])
    func aChildProtectionPlanNowOrWithinAYearIsLevelFour(endedMonthsAgo: Int?, flagged: Bool) throws {
        let assessment = try RiskTesting.assess(Fixtures.researched(items: [plan(ended: endedMonthsAgo)]))
        #expect(assessment.flags.contains(.childProtectionPlan) == flagged)
        #expect(assessment.level == (flagged ? HubPolicy.default.riskLevels.childProtectionPlan : .earlyHelp))
    }

    @Test func aPlanAboutAnAdultIsNotTheChilds() throws {
        let assessment = try RiskTesting.assess(Fixtures.researched(items: [plan(ended: nil, subject: "S2")]))
        #expect(!assessment.flags.contains(.childProtectionPlan))
    }

    @Test func beingLookedAfterIsAtLeastLevelThree() throws {
        let assessment = try RiskTesting.assess(Fixtures.researched(items: [plan(ended: nil, kind: .lookedAfter)]))
        #expect(assessment.flags.contains(.lookedAfter))
        #expect(assessment.level == HubPolicy.default.riskLevels.lookedAfter)
        #expect(assessment.line("looked-after")?.facts == ["SC-PLAN"])
    }

    @Test func anOpenCaseIsFlagged() throws {
        let open = Fixtures.item("YOT-1", owner: .probation, kind: .openCase, date: RiskTesting.monthsAgo(3))
        let closed = Fixtures.item("YOT-2", owner: .probation, kind: .openCase, date: RiskTesting.monthsAgo(9), endDate: RiskTesting.monthsAgo(1))
        #expect(try RiskTesting.assess(Fixtures.researched(items: [open])).flags.contains(.openCase))
        #expect(!(try RiskTesting.assess(Fixtures.researched(items: [closed]))).flags.contains(.openCase))
    }

    @Test func aMissingChildIsFlaggedFromTheReferralOrRecords() throws {
        let referred = Fixtures.referral { $0.concern.categories = [.missing] }
        #expect(try RiskTesting.assess(Fixtures.researched(referred)).flags.contains(.missingChild))
        let episode = Fixtures.item("MIS-1", kind: .missingEpisode, date: RiskTesting.monthsAgo(3))
        let assessment = try RiskTesting.assess(Fixtures.researched(items: [episode]))
        #expect(assessment.flags.contains(.missingChild))
        #expect(assessment.level == HubPolicy.default.riskLevels.missingChild)
        #expect(!(try RiskTesting.assess(Fixtures.researched())).flags.contains(.missingChild))
    }

    @Test func exploitationIsFlaggedFromAChildsRecords() throws {
        let record = Fixtures.item("INT-9", date: RiskTesting.monthsAgo(2), factors: [.childCriminalExploitation])
        let assessment = try RiskTesting.assess(Fixtures.researched(items: [record]))
        #expect(assessment.flags.contains(.exploitation))
        #expect(assessment.line("exploitation")?.facts == ["INT-9"])
        let aboutTheMother = Fixtures.item("INT-8", subject: "S2", date: RiskTesting.monthsAgo(2), factors: [.childCriminalExploitation])
        #expect(!(try RiskTesting.assess(Fixtures.researched(items: [aboutTheMother]))).flags.contains(.exploitation))
    }

    @Test func aRepeatReferralGivesItsCount() throws {
        let assessment = try RiskTesting.assess(Fixtures.researched(level: .universal, previousReferrals: 2))
        #expect(assessment.flags.contains(.repeatReferral))
        let line = try #require(assessment.line("repeat-referral"))
        #expect(line.text.contains("2 earlier referrals"))
        #expect(line.facts == ["screening.previousReferralCount"])
        #expect(assessment.level == HubPolicy.default.riskLevels.repeatReferral)

        let found = [11, 13].map { Fixtures.item("REF-\($0)", owner: .socialCare, kind: .previousReferral, date: RiskTesting.monthsAgo($0)) }
        let fromRecords = try RiskTesting.assess(Fixtures.researched(items: found))
        #expect(fromRecords.line("repeat-referral")?.facts == ["screening.previousReferralCount", "REF-11"])
        #expect(!(try RiskTesting.assess(Fixtures.researched())).flags.contains(.repeatReferral))
    }
}
