import MASHCore
import MASHSynthetic
import Testing

@Suite struct PoliceAndSocialCareTests {
    let content = SyntheticFixtures.midSize
    var police: [AgencyRecord] { (content.extracts[.police] ?? []).map(\.record) }
    var socialCare: [GeneratedRecord] { content.extracts[.socialCare] ?? [] }

    @Test func dashScoresAreMostlyStandardWithSomeMediumAndAFewHigh() {
        let counts = police.filter { $0.kind == .domesticAbuseIncident }.compactMap(\.dashYesCount)
        #expect(counts.count > 50)
        let standard = counts.filter { (2...9).contains($0) }.count
        let medium = counts.filter { (10...13).contains($0) }.count
        let high = counts.filter { $0 >= 14 }.count
        #expect(standard + medium + high == counts.count)
        #expect(standard > medium && medium > high && high > 0, "standard \(standard), medium \(medium), high \(high)")
        #expect(counts.allSatisfy { $0 <= 27 })
    }

    @Test func somePerpetratorsHaveFiveOrMoreIncidentsInTwelveMonths() {
        let windowStart = content.schedule.windowStart
        var incidents: [String: Int] = [:]
        for record in police where record.kind == .domesticAbuseIncident {
            guard let perpetrator = record.perpetratorId, SyntheticFixtures.days(from: record.date, to: windowStart) <= 365 else { continue }
            incidents[perpetrator, default: 0] += 1
        }
        #expect(incidents.values.contains { $0 >= 5 })
        #expect(incidents.values.filter { $0 >= 5 }.count < incidents.count / 2, "escalation should be the exception")
    }

    @Test func highRiskOrRepeatVictimsHaveMARACCases() {
        let maracVictims = Set(police.filter { $0.kind == .maracCase }.map(\.personId))
        #expect(!maracVictims.isEmpty)
        let highRiskVictims = Set(police.filter { ($0.dashYesCount ?? 0) >= 14 }.map(\.personId))
        #expect(!highRiskVictims.intersection(maracVictims).isEmpty)
    }

    @Test func policeRecordsCoverEveryKindTheyHold() {
        let kinds = Set(police.map(\.kind))
        #expect(kinds == [.domesticAbuseIncident, .crimeReport, .missingEpisode, .policeIntelligence, .maracCase])
        #expect(police.filter { $0.kind == .crimeReport }.contains { $0.perpetratorId != nil })
    }

    @Test func aboutThreePercentOfChildrenHaveAnOpenCaseWithAWorker() {
        let children = content.population.people.filter(\.isChild)
        let open = socialCare.filter { $0.record.kind == .openCase }
        #expect(open.allSatisfy { $0.record.caseReference != nil && $0.record.allocatedWorker != nil && $0.record.endDate == nil })
        let share = Double(Set(open.map(\.truePerson)).count) / Double(children.count)
        #expect((0.01...0.06).contains(share), "open-case share \(share)")
    }

    @Test func childProtectionPlansAreCurrentOrEndedWithinAYear() {
        let windowStart = content.schedule.windowStart
        let plans = socialCare.map(\.record).filter { $0.kind == .childProtectionPlan }
        #expect(plans.contains { $0.endDate == nil })
        let ended = plans.compactMap(\.endDate)
        #expect(!ended.isEmpty && ended.allSatisfy { SyntheticFixtures.days(from: $0, to: windowStart) <= 365 })
        #expect(socialCare.contains { $0.record.kind == .lookedAfter })
    }

    @Test func previousReferralsSpanTheLastTwoYears() {
        let windowStart = content.schedule.windowStart
        let dates = socialCare.map(\.record).filter { $0.kind == .previousReferral }.map(\.date)
        #expect(dates.count > 50)
        #expect(dates.contains { SyntheticFixtures.days(from: $0, to: windowStart) > 365 })
        #expect(dates.contains { SyntheticFixtures.days(from: $0, to: windowStart) < 120 })
    }

    @Test func otherAgenciesHoldTheirOwnKinds() {
        let expected: [Agency: Set<IntelligenceKind>] = [
            .health: [.accidentAndEmergencyAttendance, .healthVisitorConcern, .gpConcern],
            .education: [.schoolAttendance, .schoolExclusion],
            .probation: [.probationSupervision],
            .housing: [.housingRecord],
            .domesticAbuseService: [.domesticAbuseServiceSupport],
        ]
        for (agency, kinds) in expected {
            #expect(Set((content.extracts[agency] ?? []).map(\.record.kind)) == kinds, "\(agency.rawValue)")
        }
        let healthVisitor = (content.extracts[.health] ?? []).filter { $0.record.kind == .healthVisitorConcern }
        #expect(healthVisitor.allSatisfy { content.population.people[$0.truePerson].dateOfBirth.age(on: $0.record.date) < 5 })
    }
}
