import MASHCore

/// The probation extract: people under supervision now or in the last two years.
enum ProbationRecords {
    static func append(for household: Household, context: inout ExtractContext, into block: inout [PendingRecord]) {
        for member in household.members {
            guard context.population.people[member].circumstances.contains(.probationSupervision),
                  context.age(of: member, on: context.extractDay) >= 18,
                  let start = context.day(for: member, daysAgo: 30...1095)
            else { continue }
            let domestic = isDomesticAbusePerpetrator(member, context: context, household: household)
            let ended = context.chance(0.4) && context.extractDay - start > 200
            let order = context.pick(["Community order", "Suspended sentence order", "Post-release licence"])
            let summary = order + " following conviction for "
                + (domestic ? "assault on a partner; Building Better Relationships programme required." : context.pick([
                    "burglary; unpaid work and rehabilitation activity days.",
                    "possession with intent to supply; drug rehabilitation requirement.",
                    "assault occasioning actual bodily harm; accredited programme required.",
                    "theft; unpaid work requirement.",
                ]))
                + (ended ? " Order completed." : " Assessed risk of serious harm: " + context.pick(["low", "medium", "medium", "high"]) + ".")
            let roll = context.random.unit()
            block.append(PendingRecord(
                person: member, kind: .probationSupervision, day: start,
                endDay: ended ? context.end(after: start, length: 180 + context.random.below(540)) : nil,
                summary: summary, factors: domestic ? [.domesticViolenceParentOrCarer] : [],
                caseReference: context.nextCaseReference(prefix: "PS", day: start),
                disclosure: roll < 0.5 ? Sharing.probationPartners : roll < 0.8 ? Sharing.hubOnly : Sharing.actingAgencies
            ))
        }
    }

    /// Whether the person abuses a partner, in this household or another.
    private static func isDomesticAbusePerpetrator(_ person: Int, context: ExtractContext, household: Household) -> Bool {
        if household.domesticAbuse?.perpetrator == person { return true }
        return context.population.people[person].circumstances.contains(.offender) && household.kind == .singleAdult
    }
}
