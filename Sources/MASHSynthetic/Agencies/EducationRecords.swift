import MASHCore

/// The education extract: attendance concerns and suspensions or exclusions, for pupils.
enum EducationRecords {
    static func append(for household: Household, context: inout ExtractContext, into block: inout [PendingRecord]) {
        for child in context.children(of: household) {
            let facts = context.population.people[child].circumstances
            guard !facts.isDisjoint(with: [.persistentAbsence, .excluded]) else { continue }
            if facts.contains(.persistentAbsence) {
                for _ in 0..<(1 + context.random.below(3)) {
                    guard let day = context.day(for: child, daysAgo: 1...365), context.age(of: child, on: day) >= 5 else { continue }
                    let attendance = 55 + context.random.below(35)
                    block.append(PendingRecord(
                        person: child, kind: .schoolAttendance, day: day,
                        summary: school(of: child, on: day, household: household, context: context) + ": attendance \(attendance)% this term"
                            + (attendance < 70 ? " (severe absence); education welfare officer visiting." : " (persistent absence); letters sent home."),
                        factors: household.circumstances.contains(.neglect) ? [.neglect] : [],
                        disclosure: disclosure(context: &context)
                    ))
                }
            }
            if facts.contains(.excluded) {
                for _ in 0..<(1 + context.random.below(3)) {
                    guard let day = context.day(for: child, daysAgo: 1...540), context.age(of: child, on: day) >= 5 else { continue }
                    let permanent = context.chance(0.08)
                    let days = 1 + context.random.below(5)
                    block.append(PendingRecord(
                        person: child, kind: .schoolExclusion, day: day,
                        endDay: permanent ? nil : context.end(after: day, length: days),
                        summary: school(of: child, on: day, household: household, context: context) + ": "
                            + (permanent ? "permanently excluded" : days == 1 ? "suspended for a day" : "suspended for \(days) days") + " for "
                            + context.pick(["physical assault against a pupil", "persistent disruptive behaviour", "verbal abuse of a member of staff", "bringing a knife into school", "drug-related incident"]) + ".",
                        factors: [.sociallyUnacceptableBehaviour],
                        disclosure: disclosure(context: &context)
                    ))
                }
            }
        }
    }

    private static func school(of child: Int, on day: Int, household: Household, context: ExtractContext) -> String {
        let index = context.age(of: child, on: day) <= 10 ? household.primarySchool : household.secondarySchool
        return context.population.schools[index].name
    }

    private static func disclosure(context: inout ExtractContext) -> Disclosure {
        context.chance(0.6) ? Sharing.withSchools : Sharing.socialCareAndSchools
    }
}
