import Foundation
import MASHCore
import MASHSynthetic
import Testing

@Suite struct ReferralStreamTests {
    let content = SyntheticFixtures.midSize
    var referrals: [GeneratedReferral] { content.referrals }
    var population: SyntheticPopulation { content.population }

    @Test func everyReferralValidatesWithNoProblems() {
        #expect(referrals.count == SyntheticFixtures.configuration.referrals)
        let failing = referrals.compactMap { generated -> String? in
            let problems = generated.referral.validate()
            return problems.isEmpty ? nil : "\(generated.referral.referralId): \(problems)"
        }
        #expect(failing.isEmpty, "\(failing.prefix(3))")
    }

    @Test func everyReferralEncodesAsMASHJSONDoesAndDecodesToItself() throws {
        var buffer = JSONBytes()
        for generated in referrals {
            buffer.removeAll()
            buffer.append(generated.referral)
            let handWritten = Data(buffer.bytes)
            #expect(try MASHJSON.decode(Referral.self, from: handWritten) == generated.referral)
            #expect(try SyntheticFixtures.sameJSON(handWritten, MASHJSON.encode(generated.referral)))
        }
    }

    @Test func idsAreUniqueWellFormedAndTimesInOrderWithinTheWindow() {
        let ids = referrals.map(\.referral.referralId)
        #expect(Set(ids).count == ids.count)
        #expect(ids.first == "REF-2026-000001")
        #expect(ids.allSatisfy { Referral.isValidReferralId($0) && $0.hasPrefix("REF-2026-") })
        let times = referrals.map(\.referral.receivedAt)
        #expect(times == times.sorted())
        let window = content.schedule.windowStart.startOfDayUTC..<content.schedule.windowEnd.startOfDayUTC
        #expect(times.allSatisfy { window.contains($0) })
    }

    @Test func sourceSharesFollowTheNationalMix() {
        let schedule = ReferralSchedule.plan(population: population, referrals: 10_000, seed: 3)
        func share(_ sources: Set<ReferralSource>) -> Double {
            Double(schedule.entries.filter { sources.contains($0.source) }.count) / Double(schedule.entries.count)
        }
        #expect(schedule.entries.count == 10_000)
        #expect(abs(share([.police]) - 0.29) < 0.02)
        #expect(abs(share([.schools]) - 0.18) < 0.02)
        #expect(abs(share([.generalPractitioner, .healthVisitor, .accidentAndEmergency, .otherHealthServices]) - 0.15) < 0.02)
        #expect(abs(share([.localAuthoritySocialCare, .localAuthorityOtherInternal, .localAuthorityExternal]) - 0.10) < 0.02)
        #expect(abs(share([.familyRelativeOrCarer, .acquaintance, .selfReferral, .otherIndividual]) - 0.08) < 0.02)
        #expect(abs(share([.anonymous]) - 0.03) < 0.01)
        #expect(share([.housing]) > 0 && share([.otherLegalAgency]) > 0 && share([.other]) > 0)
        #expect(referrals.allSatisfy { $0.referral.source == $0.scheduled.source })
    }

    @Test func aboutTwentyTwoPercentAreReReferralsAndTheDataSaysSo() {
        let previousReferrals = (content.extracts[.socialCare] ?? []).filter { $0.record.kind == .previousReferral }
        let previousDates = Dictionary(grouping: previousReferrals, by: \.truePerson).mapValues { $0.map(\.record.date) }
        var referredBefore: Set<Int> = []
        var mismatches: [String] = []
        var reReferrals = 0
        for generated in referrals {
            let child = generated.scheduled.child
            let received = generated.referral.receivedAt.utcDate
            let onFile = (previousDates[child] ?? []).contains { (1...365).contains(SyntheticFixtures.days(from: $0, to: received)) }
            let isReReferral = onFile || referredBefore.contains(child)
            if isReReferral != generated.scheduled.isReReferral { mismatches.append(generated.referral.referralId) }
            if isReReferral { reReferrals += 1 }
            referredBefore.formUnion(generated.subjectPeople.filter { population.people[$0].isChild })
        }
        #expect(mismatches.isEmpty, "plan and data disagree on \(mismatches.prefix(5))")
        let share = Double(reReferrals) / Double(referrals.count)
        #expect(abs(share - 0.22) < 0.04, "re-referral share \(share)")
    }

    @Test func subjectsAreTheChildTheirCarersAndForDomesticAbuseThePerpetrator() {
        for generated in referrals {
            let subjects = generated.referral.subjects
            #expect(subjects.count == generated.subjectPeople.count)
            #expect(subjects.first?.role == .child && generated.subjectPeople.first == generated.scheduled.child)
            for (subject, person) in zip(subjects, generated.subjectPeople) where subject.role == .child {
                #expect(population.people[person].isChild)
            }
            if generated.scheduled.theme == .domesticAbuse,
               let abuse = population.households[population.people[generated.scheduled.child].householdIndex].domesticAbuse {
                let perpetrator = subjects.indices.first { subjects[$0].role == .allegedPerpetrator }
                #expect(perpetrator.map { generated.subjectPeople[$0] } == abuse.perpetrator)
            }
        }
        #expect(referrals.contains { $0.scheduled.sibling != nil && $0.referral.subjects.filter { $0.role == .child }.count == 2 })
    }

    @Test func policeDomesticAbuseReferralsCarryAPlausibleDASHChecklist() {
        let policeAbuse = referrals.filter { $0.referral.source == .police && $0.scheduled.theme == .domesticAbuse }
        #expect(policeAbuse.count > 50)
        let policeIncidents = (content.extracts[.police] ?? []).filter { $0.record.kind == .domesticAbuseIncident }
        let victimsWithIncidents = Set(policeIncidents.map(\.truePerson))
        for generated in policeAbuse {
            let concern = generated.referral.concern
            #expect(concern.categories.contains(.domesticAbuse))
            #expect(concern.dash?.version == .police27 && concern.dash?.answers.count == 27)
            #expect((2...24).contains(concern.dash?.yesCount ?? 0))
        }
        let withHistory = policeAbuse.filter { generated in
            let household = population.households[population.people[generated.scheduled.child].householdIndex]
            return household.domesticAbuse.map { victimsWithIncidents.contains($0.victim) } ?? false
        }
        #expect(Double(withHistory.count) / Double(policeAbuse.count) > 0.9)
    }

    @Test func referrersMisspellSomeNamesAndMostlyOmitNHSNumbers() {
        var misspelt = 0
        var total = 0
        var withNHS = 0
        for generated in referrals {
            for (subject, person) in zip(generated.referral.subjects, generated.subjectPeople) {
                total += 1
                let truth = population.people[person]
                if subject.forename != truth.forename || subject.surname != truth.surname { misspelt += 1 }
                if subject.nhsNumber != nil { withNHS += 1 }
            }
        }
        let misspeltShare = Double(misspelt) / Double(total)
        #expect((0.03...0.2).contains(misspeltShare), "misspelt \(misspeltShare)")
        #expect(Double(withNHS) / Double(total) < 0.3)
    }

    @Test func openCaseChildrenAreReferredAndConsentVaries() {
        let openCase = Set((content.extracts[.socialCare] ?? []).filter { $0.record.kind == .openCase }.map(\.truePerson))
        #expect(referrals.contains { openCase.contains($0.scheduled.child) })
        let statuses = referrals.map(\.referral.consent.status)
        func share(_ status: ConsentStatus) -> Double { Double(statuses.filter { $0 == status }.count) / Double(statuses.count) }
        #expect(share(.given) + share(.notSought) > 0.7)
        #expect(share(.refused) > 0.03 && share(.overridden) > 0.01)
        #expect(share(.overridden) < share(.refused))
    }
}
