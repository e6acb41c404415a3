import MASHCore

/// The health extract: A&E attendances, health visitor concerns for under-fives and GP concerns.
enum HealthRecords {
    static func append(for household: Household, context: inout ExtractContext, into block: inout [PendingRecord]) {
        let troubled = household.adversity > 0
        for member in household.members {
            let person = context.population.people[member]
            let facts = person.circumstances
            if facts.contains(.injuryAttendances) || facts.contains(.selfHarm) {
                attendances(of: member, troubled: troubled, household: household, context: &context, into: &block)
            }
            if facts.contains(.healthVisitorConcern) {
                for _ in 0..<(1 + context.random.below(3)) {
                    guard let day = context.day(for: member, daysAgo: 1...720) else { continue }
                    let neglect = household.circumstances.contains(.neglect)
                    block.append(PendingRecord(
                        person: member, kind: .healthVisitorConcern, day: day,
                        summary: neglect
                            ? context.pick([
                                "Home conditions poor: little food, dirty bedding; missed two development reviews.",
                                "Nappy rash untreated and weight dropping across centiles; parent not engaging.",
                            ])
                            : context.pick([
                                "Missed the 12-month development review; parent rebooked.",
                                "Mother low in mood after the birth; referred to the perinatal mental health team.",
                                "Speech delay noted at the 2-year review; referred to speech and language therapy.",
                            ]),
                        factors: neglect ? [.neglect] : [],
                        disclosure: disclosure(context: &context)
                    ))
                }
            }
            if facts.contains(.gpConcern), let day = context.day(for: member, daysAgo: 1...720) {
                block.append(gpConcern(about: member, facts: facts, day: day, context: &context))
            }
        }
    }

    private static func attendances(of member: Int, troubled: Bool, household: Household, context: inout ExtractContext, into block: inout [PendingRecord]) {
        let person = context.population.people[member]
        let victim = household.domesticAbuse?.victim == member
        for _ in 0..<(1 + context.random.below(troubled ? 4 : 2)) {
            guard let day = context.day(for: member, daysAgo: 1...720) else { continue }
            let summary: String
            var factors: [CINFactor] = []
            if person.circumstances.contains(.selfHarm), context.chance(0.6) {
                summary = context.pick([
                    "Attended after an overdose of paracetamol; seen by the CAMHS liaison team.",
                    "Superficial cuts to both forearms; discharged with a CAMHS follow-up.",
                ])
                factors = [.selfHarm]
            } else if victim {
                summary = "Facial bruising and a cut lip; disclosed an assault by a partner. IDVA details given."
                factors = [.domesticViolenceParentOrCarer]
            } else if person.circumstances.contains(.substanceMisuse) {
                summary = "Attended intoxicated after a fall; head wound sutured; alcohol liaison referral offered."
                factors = [.alcoholMisuseParentOrCarer]
            } else if person.isChild, troubled, context.chance(0.4) {
                summary = context.pick([
                    "Bruising to the upper arm; the explanation given was inconsistent with the injury. Safeguarding lead informed.",
                    "Scald to the hand; delay of two days in seeking treatment.",
                ])
                factors = [.physicalAbuseAdultOnChild]
            } else {
                summary = context.pick([
                    "Wrist injury from a fall off a trampoline; explanation consistent.",
                    "Head bump at nursery; observed and discharged.",
                    "Asthma attack; treated and discharged with a GP follow-up.",
                    "Cut to the knee from a fall in the park; glued and discharged.",
                ])
            }
            block.append(PendingRecord(
                person: member, kind: .accidentAndEmergencyAttendance, day: day, summary: summary, factors: factors,
                disclosure: disclosure(context: &context)
            ))
        }
    }

    private static func gpConcern(about member: Int, facts: PersonCircumstances, day: Int, context: inout ExtractContext) -> PendingRecord {
        let summary: String
        var factors: [CINFactor] = []
        if facts.contains(.substanceMisuse) {
            summary = context.pick([
                "Alcohol dependence; declined referral to the community alcohol team.",
                "Opiate substitute prescribing; missed two reviews.",
            ])
            factors = [.alcoholMisuseParentOrCarer]
        } else if facts.contains(.mentalHealth) {
            summary = context.pick([
                "Depression and anxiety; medication reviewed; has missed appointments.",
                "Under the community mental health team for bipolar disorder; recent relapse.",
            ])
            factors = [.mentalHealthParentOrCarer]
        } else if context.population.people[member].isChild {
            summary = context.pick([
                "Not brought to three appointments this year.",
                "Low mood and poor sleep; referred to CAMHS.",
                "Weight below the 2nd centile; dietitian referral.",
            ])
            factors = [.mentalHealthChild]
        } else {
            summary = "Frequent attender with anxiety; social prescribing offered."
        }
        return PendingRecord(person: member, kind: .gpConcern, day: day, summary: summary, factors: factors, disclosure: disclosure(context: &context))
    }

    /// Mostly shareable with the agencies that act; some clinical detail stays in the hub (Caldicott).
    private static func disclosure(context: inout ExtractContext) -> Disclosure {
        let roll = context.random.unit()
        return roll < 0.75 ? Sharing.actingAgencies : roll < 0.9 ? Sharing.socialCareAndHealth : Sharing.hubOnly
    }
}
