import MASHCore

/// The police extract: domestic-abuse incidents with DASH scores, crimes with suspects, missing
/// episodes, intelligence (hub-only) and MARAC cases.
enum PoliceRecords {
    static func append(for household: Household, context: inout ExtractContext, into block: inout [PendingRecord]) {
        if let abuse = household.domesticAbuse {
            domesticAbuse(abuse, household: household, context: &context, into: &block)
        }
        for member in household.members {
            let facts = context.population.people[member].circumstances
            if facts.contains(.missingEpisodes) { missingEpisodes(of: member, context: &context, into: &block) }
            if !facts.isDisjoint(with: [.criminalExploitation, .sexualExploitation]) {
                exploitationIntelligence(about: member, context: &context, into: &block)
            }
            if facts.contains(.offender), household.domesticAbuse?.perpetrator != member {
                offences(by: member, context: &context, into: &block)
            }
            if facts.contains(.crimeVictim) { crimeAgainst(member, context: &context, into: &block) }
        }
    }

    private static let scenarios = [
        "a verbal argument escalated and the victim was pushed against a wall",
        "the victim reported being slapped and having their phone taken",
        "a neighbour called 999 reporting screaming and banging",
        "the victim was locked in the bedroom overnight",
        "the suspect attended in breach of a non-molestation order",
        "threats to kill were made during an argument about money",
        "the victim disclosed non-fatal strangulation during an argument",
        "the front door was damaged and the victim was frightened",
        "the victim disclosed controlling behaviour: no access to money or to family",
        "the suspect was drunk and abusive and refused to leave",
    ]

    private static let crimes = [
        "Assault occasioning actual bodily harm (s47) recorded",
        "Common assault recorded",
        "Controlling or coercive behaviour (s76 Serious Crime Act 2015) recorded",
        "Criminal damage recorded",
        "Harassment recorded",
        "Breach of a non-molestation order recorded",
    ]

    private static func domesticAbuse(_ abuse: DomesticAbuseSituation, household: Household, context: inout ExtractContext, into block: inout [PendingRecord]) {
        let children = context.children(of: household)
        var worstCount = 0
        var lastDay = Int.min
        let total = abuse.incidentsInLastYear + abuse.earlierIncidents
        for number in 0..<total {
            let range = number < abuse.incidentsInLastYear ? 1...364 : 366...1095
            guard let day = context.day(for: abuse.victim, daysAgo: range) else { continue }
            let yes = DASHScores.incidentYesCount(usualBand: abuse.riskBand, random: &context.random)
            worstCount = max(worstCount, yes)
            lastDay = max(lastDay, day)
            let present = children.filter { context.population.people[$0].dateOfBirth <= DayNumber.date(day) }
            let summary = "Domestic incident at the home address: " + context.pick(scenarios)
                + (present.isEmpty ? "." : "; children were in the house.")
                + " DASH completed: \(yes) yes answers (\(DASHScores.describe(yes)))."
            var factors: [CINFactor] = [.domesticViolenceParentOrCarer]
            if !present.isEmpty { factors.append(.domesticViolenceChild) }
            let live = context.extractDay - day <= 45 && context.chance(0.5)
            block.append(PendingRecord(
                person: abuse.victim, kind: .domesticAbuseIncident, day: day, summary: summary, factors: factors,
                dashYesCount: yes, perpetrator: abuse.perpetrator, associates: present,
                disclosure: live ? Sharing.hubOnly : context.chance(0.88) ? Sharing.actingAgencies : Sharing.policeAndSocialCare
            ))
            if context.chance(0.4) {
                let investigating = context.extractDay - day <= 60
                block.append(PendingRecord(
                    person: abuse.victim, kind: .crimeReport, day: day,
                    summary: context.pick(crimes) + (investigating ? "; suspect released under investigation." : "; suspect charged."),
                    factors: [.domesticViolenceParentOrCarer], perpetrator: abuse.perpetrator,
                    disclosure: investigating ? Sharing.hubOnly : Sharing.actingAgencies
                ))
            }
        }
        guard lastDay != Int.min else { return }
        block.append(PendingRecord(
            person: abuse.perpetrator, kind: .policeIntelligence, day: lastDay,
            summary: context.pick([
                "Named as the suspect in repeated domestic incidents; flagged for violence towards partners.",
                "Intelligence that the subject has been abusive to a previous partner; warning marker for violence.",
                "Intelligence that the subject keeps a knife at the address; warning marker added.",
                "Subject of a domestic violence protection notice; intelligence of continued contact with the victim.",
            ]),
            factors: [.domesticViolenceParentOrCarer], disclosure: Sharing.hubOnly
        ))
        if abuse.maracCase {
            let day = context.end(after: lastDay, length: 3 + context.random.below(18))
            let reason = worstCount >= 14
                ? "a high-risk DASH assessment (\(worstCount) yes answers)"
                : "repeat incidents (\(abuse.incidentsInLastYear) in 12 months) and professional judgement"
            block.append(PendingRecord(
                person: abuse.victim, kind: .maracCase, day: day,
                summary: "Heard at MARAC following " + reason + "; IDVA allocated, police marker on the address, children's social care informed.",
                factors: [.domesticViolenceParentOrCarer], perpetrator: abuse.perpetrator,
                disclosure: Sharing.withDomesticAbuseService
            ))
        }
    }

    private static func missingEpisodes(of child: Int, context: inout ExtractContext, into block: inout [PendingRecord]) {
        let exploited = !context.population.people[child].circumstances.isDisjoint(with: [.criminalExploitation, .sexualExploitation])
        let episodes = exploited ? 3 + context.random.below(8) : 1 + context.random.below(4)
        for _ in 0..<episodes {
            guard let day = context.day(for: child, daysAgo: 1...364) else { continue }
            block.append(PendingRecord(
                person: child, kind: .missingEpisode, day: day, endDay: context.end(after: day, length: context.random.below(3)),
                summary: context.pick([
                    "Reported missing from home by a parent late at night; returned the next morning. Return interview offered.",
                    "Missing overnight; found by officers at an address in another town. Would not say who they had been with.",
                    "Missing from home for two days; located at a friend's flat. Return interview declined.",
                    "Did not return from school; found in the town centre at 02:00 with older youths.",
                ]),
                factors: exploited ? [.missing, .childCriminalExploitation] : [.missing],
                disclosure: context.chance(0.9) ? Sharing.actingAgencies : Sharing.policeAndSocialCare
            ))
        }
    }

    private static func exploitationIntelligence(about child: Int, context: inout ExtractContext, into block: inout [PendingRecord]) {
        let criminal = context.population.people[child].circumstances.contains(.criminalExploitation)
        for _ in 0..<(1 + context.random.below(3)) {
            guard let day = context.day(for: child, daysAgo: 1...364) else { continue }
            block.append(PendingRecord(
                person: child, kind: .policeIntelligence, day: day,
                summary: criminal
                    ? context.pick([
                        "Stopped with older males linked to county lines drug supply; found with cash and two phones.",
                        "Intelligence that the child is holding drugs for an older male at a local address.",
                        "Seen at a known cuckooed address; intelligence of debt bondage.",
                    ])
                    : context.pick([
                        "Seen getting into cars with adult males late at night; intelligence of an older 'boyfriend'.",
                        "Intelligence that the child is being given alcohol and gifts by adult males at a local flat.",
                    ]),
                factors: [criminal ? .childCriminalExploitation : .childSexualExploitation],
                disclosure: Sharing.hubOnly
            ))
        }
    }

    private static func offences(by offender: Int, context: inout ExtractContext, into block: inout [PendingRecord]) {
        let people = context.population.people
        var lastDay = Int.min
        for _ in 0..<(1 + context.random.below(3)) {
            guard let day = context.day(for: offender, daysAgo: 1...730) else { continue }
            let victim = context.random.below(people.count)
            guard victim != offender, DayNumber.of(people[victim].dateOfBirth) <= day, context.age(of: victim, on: day) >= 10 else { continue }
            let youth = people[offender].isChild
            let investigating = context.extractDay - day <= 60
            block.append(PendingRecord(
                person: victim, kind: .crimeReport, day: day,
                summary: (youth
                    ? context.pick(["Robbery of a mobile phone", "Assault by a group of youths", "Theft from a person", "Threats made online"])
                    : context.pick(["Assault", "Burglary of a dwelling", "Harassment", "Theft", "Criminal damage to a vehicle"]))
                    + (investigating ? "; suspect identified, investigation ongoing." : "; suspect identified and dealt with."),
                perpetrator: offender,
                disclosure: investigating ? (context.chance(0.7) ? Sharing.hubOnly : Sharing.policeAndSocialCare)
                    : (context.chance(0.6) ? Sharing.policeAndSocialCare : Sharing.actingAgencies)
            ))
            lastDay = max(lastDay, day)
        }
        guard lastDay != Int.min else { return }
        block.append(PendingRecord(
            person: offender, kind: .policeIntelligence, day: lastDay,
            summary: context.pick([
                "Known to police as a suspect in recent offences; associates with other offenders in the area.",
                "Nominal record: arrests for violence and theft; intelligence of drug use.",
                "Intelligence links the subject to a local group involved in antisocial behaviour and theft.",
            ]),
            disclosure: Sharing.hubOnly
        ))
    }

    private static func crimeAgainst(_ victim: Int, context: inout ExtractContext, into block: inout [PendingRecord]) {
        guard let day = context.day(for: victim, daysAgo: 1...730) else { return }
        block.append(PendingRecord(
            person: victim, kind: .crimeReport, day: day,
            summary: context.pick([
                "Burglary at the home address; no suspect identified.", "Theft of a bicycle; no suspect identified.",
                "Fraud: bank account accessed by an unknown person.", "Assault by an unknown male in the town centre.",
            ]),
            disclosure: context.chance(0.8) ? Sharing.policeAndSocialCare : Sharing.actingAgencies
        ))
    }
}
