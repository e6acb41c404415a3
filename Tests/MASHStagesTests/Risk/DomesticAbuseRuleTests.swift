import Foundation
import MASHCore
@testable import MASHStages
import Testing

@Suite struct DomesticAbuseRuleTests {
    private let domesticAbuse = Fixtures.referral { $0.concern.categories = [.domesticAbuse] }

    @Test(arguments: [13, 14])
    func aReferralDASHOfFourteenOrMoreRequiresMARAC(yes: Int) throws {
        let referral = Fixtures.referral { $0.concern.categories = [.domesticAbuse]; $0.concern.dash = Fixtures.dash(yes: yes) }
        let assessment = try RiskTesting.assess(Fixtures.researched(referral, level: .earlyHelp))
        let high = yes >= HubPolicy.default.dash.highFrom
        #expect(assessment.flags.contains(.maracHighRiskDASH) == high)
        #expect(assessment.maracRequired == high)
        #expect(assessment.level == (high ? .childProtection : .childInNeed))
        #expect(assessment.line(high ? "dash.high-risk" : "dash.medium-risk")?.facts == ["referral.concern.dash"])
    }

    @Test func anItemsHighDASHWithinTheWindowCounts() throws {
        let recent = Fixtures.item("DA-1", subject: "S2", kind: .domesticAbuseIncident, date: RiskTesting.monthsAgo(11), dash: 16)
        let old = Fixtures.item("DA-2", subject: "S2", kind: .domesticAbuseIncident, date: RiskTesting.monthsAgo(13), dash: 16)
        let fired = try RiskTesting.assess(Fixtures.researched(domesticAbuse, items: [recent]))
        #expect(fired.flags.contains(.maracHighRiskDASH))
        #expect(fired.line("dash.high-risk")?.facts == ["DA-1"])
        let quiet = try RiskTesting.assess(Fixtures.researched(domesticAbuse, items: [old]))
        #expect(!quiet.flags.contains(.maracHighRiskDASH))
    }

    @Test(arguments: [4, 5])
    func fiveIncidentsBySamePerpetratorEscalate(count: Int) throws {
        let assessment = try RiskTesting.assess(Fixtures.researched(domesticAbuse, items: RiskTesting.incidents(count)))
        let escalates = count >= HubPolicy.default.escalation.incidentsBySamePerpetrator
        #expect(assessment.flags.contains(.maracEscalation) == escalates)
        #expect(assessment.maracRequired == escalates)
        if escalates {
            let line = try #require(assessment.line("marac.escalation.incidents"))
            #expect(line.text.hasPrefix("\(count) domestic-abuse incidents by the same alleged perpetrator (P-900)"))
            #expect(line.facts.count == count)
        }
    }

    @Test func incidentsByDifferentPerpetratorsDoNotAddUp() throws {
        let items = RiskTesting.incidents(3, perpetrator: "P-1") + RiskTesting.incidents(2, perpetrator: "P-2")
        #expect(!(try RiskTesting.assess(Fixtures.researched(domesticAbuse, items: items))).flags.contains(.maracEscalation))
    }

    @Test(arguments: [2, 3])
    func threeCrimesBySamePerpetratorEscalate(count: Int) throws {
        let crimes = RiskTesting.incidents(count, kind: .crimeReport, prefix: "CR")
        let assessment = try RiskTesting.assess(Fixtures.researched(domesticAbuse, items: crimes))
        #expect(assessment.flags.contains(.maracEscalation) == (count >= HubPolicy.default.escalation.crimesBySamePerpetrator))
        #expect((assessment.line("marac.escalation.crimes") != nil) == (count >= 3))
    }

    @Test(arguments: [11, 13])
    func onlyIncidentsWithinTwelveMonthsCount(monthsAgo: Int) throws {
        let items = RiskTesting.incidents(4) + RiskTesting.incidents(1, monthsAgo: monthsAgo, prefix: "OLD")
        let assessment = try RiskTesting.assess(Fixtures.researched(domesticAbuse, items: items))
        #expect(assessment.flags.contains(.maracEscalation) == (monthsAgo < 12))
    }

    @Test func oneRecordReachedThroughTwoSubjectsIsOneIncident() throws {
        var items = RiskTesting.incidents(4)
        var again = items[0]
        again.itemId += ":S1"
        again.subjectId = "S1"
        items.append(again)
        #expect(!(try RiskTesting.assess(Fixtures.researched(domesticAbuse, items: items))).flags.contains(.maracEscalation))
    }

    @Test func honourBasedViolenceRequiresMARAC() throws {
        let referral = Fixtures.referral { $0.concern.categories = [.honourBasedViolence] }
        let assessment = try RiskTesting.assess(Fixtures.researched(referral, level: .childProtection))
        #expect(assessment.flags.contains(.maracHonourBasedViolence))
        #expect(assessment.maracRequired)
        let neglect = try RiskTesting.assess(Fixtures.researched(Fixtures.referral()))
        #expect(!neglect.flags.contains(.maracHonourBasedViolence))
    }

    @Test(arguments: [(6, true, true), (6, false, false), (13, true, false)])
    func aNewDomesticAbuseReferralWithinAYearOfMARACRepeats(monthsAgo: Int, isDomesticAbuse: Bool, repeats: Bool) throws {
        let marac = Fixtures.item("MARAC-1", subject: "S2", kind: .maracCase, date: RiskTesting.monthsAgo(monthsAgo),
                                  endDate: RiskTesting.monthsAgo(monthsAgo))
        let referral = isDomesticAbuse ? domesticAbuse : Fixtures.referral()
        let assessment = try RiskTesting.assess(Fixtures.researched(referral, items: [marac]))
        #expect(assessment.flags.contains(.maracRepeat) == repeats)
        #expect(assessment.maracRequired == repeats)
        if repeats { #expect(assessment.line("marac.repeat")?.facts.contains("MARAC-1") == true) }
    }
}
