import MASHCore

/// Writes what a referral says: categories, the referrer's account and, for domestic abuse, a DASH
/// checklist; all consistent with the source and with what is really happening in the household.
struct ReferralNarrative {
    let population: SyntheticPopulation

    func concern(for entry: ScheduledReferral, subjects: [Subject], random: inout SeededRandom) -> Concern {
        let child = population.people[entry.child]
        let household = population.households[child.householdIndex]
        let names = Names(
            child: subjects[0].forename,
            age: child.dateOfBirth.age(on: entry.receivedAt.utcDate),
            parent: Self.forename(in: subjects, role: .parent) ?? Self.forename(in: subjects, role: .carer) ?? "the parent",
            perpetrator: Self.forename(in: subjects, role: .allegedPerpetrator) ?? "the partner",
            address: household.address.line1
        )
        switch entry.theme {
        case .domesticAbuse: return domesticAbuse(entry, household: household, names: names, random: &random)
        case .missing:
            let exploited = child.circumstances.contains(.criminalExploitation)
            return Concern(
                summary: "\(names.child) (\(names.age)) was reported missing from home by \(names.parent) and found "
                    + random.element(of: ["the next morning in another town", "at 02:00 with older youths in the town centre", "after two days at an unknown address"])
                    + ". \(names.child) has been missing several times this year and will not say where they go.",
                categories: exploited ? [.missing, .childCriminalExploitation] : [.missing],
                urgent: random.chance(0.6)
            )
        case .exploitation:
            let criminal = child.circumstances.contains(.criminalExploitation)
            return Concern(
                summary: criminal
                    ? "\(names.child) (\(names.age)) was stopped with older males linked to drug supply, carrying cash and a second phone. Possible county lines involvement."
                    : "\(names.child) (\(names.age)) has been seen getting into cars with adult males late at night and has new phones and clothes the family cannot explain.",
                categories: criminal ? [.childCriminalExploitation, .gangs] : [.childSexualExploitation],
                urgent: true
            )
        case .neglect:
            return Concern(summary: neglectAccount(entry.source, names: names, random: &random), categories: [.neglect], urgent: false)
        case .injury:
            let troubled = household.adversity > 0
            return Concern(
                summary: "\(names.child) (\(names.age)) " + (troubled
                    ? random.element(of: ["attended with bruising to both upper arms; the explanation given was inconsistent with the injuries.",
                                          "has a burn on the forearm that \(names.parent) said happened at a friend's house; treatment was delayed two days."])
                    : "attended with an injury from a fall; the explanation was consistent, but this is the third attendance this year."),
                categories: troubled ? [.physicalAbuse] : [.other],
                urgent: troubled && random.chance(0.5)
            )
        case .parentalMentalHealth:
            return Concern(
                summary: "\(names.parent) is struggling with their mental health and has stopped taking medication. \(names.child) (\(names.age)) "
                    + (child.circumstances.contains(.youngCarer) ? "is doing the shopping and caring for younger siblings." : "is often late and unsettled."),
                categories: child.circumstances.contains(.youngCarer) ? [.parentalMentalHealth, .youngCarer] : [.parentalMentalHealth]
            )
        case .parentalSubstanceMisuse:
            return Concern(
                summary: "\(names.parent) was found " + random.element(of: ["heavily intoxicated", "under the influence of drugs", "asleep and unrousable"])
                    + " while caring for \(names.child) (\(names.age)) at \(names.address).",
                categories: [.parentalSubstanceMisuse], urgent: random.chance(0.3)
            )
        case .schoolAttendance:
            let excluded = child.circumstances.contains(.excluded)
            return Concern(
                summary: "\(names.child) (\(names.age)) has attendance of \(55 + random.below(35))% this term"
                    + (excluded ? " and was recently suspended for behaviour." : ".") + " Letters and a home visit have had no response from \(names.parent).",
                categories: excluded ? [.schoolAttendance, .behaviour] : [.schoolAttendance]
            )
        case .emotionalWellbeing:
            let selfHarm = child.circumstances.contains(.selfHarm)
            return Concern(
                summary: "\(names.child) (\(names.age)) " + (selfHarm
                    ? "disclosed cutting and thoughts of ending their life; CAMHS have been contacted."
                    : "has been withdrawn and tearful for several weeks and has stopped eating properly."),
                categories: selfHarm ? [.selfHarm, .childMentalHealth] : [.childMentalHealth],
                urgent: selfHarm && random.chance(0.5)
            )
        case .housing:
            let temporary = household.circumstances.contains(.temporaryAccommodation)
            return Concern(
                summary: temporary
                    ? "The family, including \(names.child) (\(names.age)), has been in one room of temporary accommodation for months; the room is damp and unsafe."
                    : "The family at \(names.address) faces eviction for rent arrears and the home is badly overcrowded; \(names.child) (\(names.age)) sleeps on a sofa.",
                categories: household.circumstances.contains(.neglect) ? [.housing, .neglect] : [.housing]
            )
        case .generalWelfare:
            return generalWelfare(entry.source, names: names, random: &random)
        }
    }

    /// The forename of the first subject in `role` (read in place: subjects are large to copy).
    static func forename(in subjects: [Subject], role: SubjectRole) -> String? {
        for index in subjects.indices where subjects[index].role == role { return subjects[index].forename }
        return nil
    }

    private struct Names {
        let child: String
        let age: Int
        let parent: String
        let perpetrator: String
        let address: String
    }

    private func domesticAbuse(_ entry: ScheduledReferral, household: Household, names: Names, random: inout SeededRandom) -> Concern {
        let abuse = household.domesticAbuse
        let maleVictim = abuse.map { population.people[$0.victim].sex == .male } == true
        let (her, hers, she) = maleVictim ? ("him", "his", "he") : ("her", "her", "she")
        let band = abuse?.riskBand ?? .standard
        let yes = DASHScores.incidentYesCount(usualBand: band, random: &random)
        let history = (abuse?.incidentsInLastYear ?? 0) > 0
            ? " Police have attended the address \(abuse!.incidentsInLastYear) time\(abuse!.incidentsInLastYear == 1 ? "" : "s") in the last 12 months."
            : ""
        let summary: String
        var dash: DASHChecklist?
        switch entry.source {
        case .police:
            summary = "Police attended \(names.address) at \(ZeroPadded.digits(random.below(24), width: 2)):\(ZeroPadded.digits(random.below(60), width: 2)) after "
                + random.element(of: ["a neighbour called 999 reporting shouting and a child crying", "\(names.parent) called 999", "a silent 999 call from the address"])
                + ". \(names.parent) said \(names.perpetrator) " + random.element(of: ["pushed \(her) against a door", "grabbed \(her) by the throat", "threatened to kill \(her)", "smashed the phone and would not let \(her) leave"])
                + ". \(names.child) (\(names.age)) was " + random.element(of: ["awake and distressed", "in the room", "hiding upstairs"]) + "." + history
            dash = Self.checklist(version: .police27, yesCount: yes, random: &random)
        case .healthVisitor, .generalPractitioner, .accidentAndEmergency:
            summary = "\(names.parent) disclosed that \(names.perpetrator) has been " + random.element(of: ["hitting \(her)", "controlling \(hers) money and who \(she) sees", "threatening \(her) in front of the children"])
                + ". \(names.child) (\(names.age)) lives at the address."
            dash = random.chance(0.4) ? Self.checklist(version: .partner24, yesCount: min(yes, 24), random: &random) : nil
        case .schools, .educationServices:
            summary = "\(names.child) (\(names.age)) told a member of staff that \(names.perpetrator) hurt \(names.parent) at the weekend and that they were scared to go home."
        default:
            summary = "Concerned that \(names.parent) is being abused by \(names.perpetrator); shouting and banging heard at \(names.address), with \(names.child) (\(names.age)) in the home." + history
            dash = random.chance(0.25) ? Self.checklist(version: .partner24, yesCount: min(yes, 24), random: &random) : nil
        }
        var categories: [ConcernCategory] = [.domesticAbuse]
        if random.chance(0.4) { categories.append(.emotionalAbuse) }
        return Concern(summary: summary, categories: categories, dash: dash, urgent: (dash?.yesCount ?? 0) >= 14 || random.chance(0.3))
    }

    private static func checklist(version: DASHVersion, yesCount: Int, random: inout SeededRandom) -> DASHChecklist {
        var answers = [Bool](repeating: false, count: version.questionCount)
        var placed = 0
        while placed < min(yesCount, answers.count) {
            let position = random.below(answers.count)
            if !answers[position] {
                answers[position] = true
                placed += 1
            }
        }
        return DASHChecklist(version: version, answers: answers)
    }

    private func neglectAccount(_ source: ReferralSource, names: Names, random: inout SeededRandom) -> String {
        switch source {
        case .police:
            "Officers attending \(names.address) found the home in a very poor state: no food, dog mess on the floors and \(names.child) (\(names.age)) in soiled clothes."
        case .schools, .educationServices:
            "\(names.child) (\(names.age)) arrives hungry, in unwashed uniform and without a coat; asks staff for food most mornings."
        case .healthVisitor:
            "\(names.child) (\(names.age)) has dropped two centile lines; the home was cold and there was no formula in the house."
        default:
            "\(names.child) (\(names.age)) is " + random.element(of: ["left alone in the evenings", "often out late with no adult", "dirty and hungry"]) + "; \(names.parent) does not seem to be coping."
        }
    }

    private func generalWelfare(_ source: ReferralSource, names: Names, random: inout SeededRandom) -> Concern {
        let summary: String
        var categories: [ConcernCategory] = [.other]
        switch source {
        case .police:
            summary = "Officers attended a dispute between neighbours at \(names.address); \(names.child) (\(names.age)) was present and upset. No offences disclosed."
        case .schools, .educationServices:
            summary = "\(names.child) (\(names.age)) has seemed withdrawn and tired in class for two weeks and has said things are difficult at home."
            categories = [.emotionalAbuse]
        case .familyRelativeOrCarer, .acquaintance, .otherIndividual, .anonymous:
            summary = "Worried about \(names.child) (\(names.age)): " + random.element(of: ["hears shouting at the house most evenings", "the children seem to be left to fend for themselves", "\(names.parent) seems not to be coping"]) + "."
        default:
            summary = "\(names.child) (\(names.age)) and family would benefit from support; \(names.parent) asked for help with " + random.element(of: ["the child's behaviour", "money worries", "isolation after a move"]) + "."
            categories = random.chance(0.5) ? [.behaviour] : [.other]
        }
        return Concern(summary: summary, categories: categories, urgent: false)
    }
}
