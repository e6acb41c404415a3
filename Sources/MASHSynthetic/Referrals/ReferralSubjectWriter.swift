import MASHCore

/// The people a referral names: the child (sometimes a sibling), the parents or carers at the address
/// and, for domestic abuse, the alleged perpetrator; spelled and identified as a referrer would.
struct ReferralSubjectWriter {
    let population: SyntheticPopulation
    let policeIds: AgencyPersonRegistry?
    let socialCareIds: AgencyPersonRegistry?

    /// The subjects and, in the same order, the population person each one really is.
    func subjects(for entry: ScheduledReferral, random: inout SeededRandom) -> (subjects: [Subject], people: [Int]) {
        let child = population.people[entry.child]
        let household = population.households[child.householdIndex]
        let receivedDate = entry.receivedAt.utcDate
        let abuse = entry.theme == .domesticAbuse ? household.domesticAbuse : nil
        var people: [(person: Int, role: SubjectRole, relationship: String)] = [(entry.child, .child, "self")]
        if let sibling = entry.sibling { people.append((sibling, .child, "sibling")) }
        for member in household.members where !population.people[member].isChild {
            let adult = population.people[member]
            let relationship = population.relationshipToChildren(of: adult)
            if abuse?.perpetrator == member {
                people.append((member, .allegedPerpetrator, relationship))
                continue
            }
            switch adult.role {
            case .parent: people.append((member, .parent, relationship))
            case .partner: people.append((member, .carer, relationship))
            case .grandparent where random.chance(0.6): people.append((member, .householdMember, relationship))
            case .lodger where random.chance(0.3): people.append((member, .householdMember, relationship))
            default: break
            }
        }
        if let abuse, abuse.perpetratorLivesElsewhere {
            let perpetrator = population.people[abuse.perpetrator]
            let relationship = perpetrator.surname == child.surname ? "father, mother's ex-partner" : "mother's ex-partner"
            people.append((abuse.perpetrator, .allegedPerpetrator, relationship))
        }
        var subjects: [Subject] = []
        for (position, entryPerson) in people.enumerated() {
            subjects.append(subject(
                entryPerson.person, id: "S\(position + 1)", role: entryPerson.role, relationship: entryPerson.relationship,
                livesElsewhere: population.people[entryPerson.person].householdIndex != child.householdIndex, source: entry.source, receivedDate: receivedDate, random: &random
            ))
        }
        return (subjects, people.map(\.person))
    }

    private func subject(
        _ index: Int, id: String, role: SubjectRole, relationship: String, livesElsewhere: Bool, source: ReferralSource,
        receivedDate: LocalDate, random: inout SeededRandom
    ) -> Subject {
        let person = population.people[index]
        let household = population.households[person.householdIndex]
        let isChild = role == .child
        var forename = person.forename
        var surname = person.surname
        if random.chance(0.06) {
            let onForename = random.chance(0.5)
            let name = onForename ? forename : surname
            let typo = switch random.below(3) {
            case 0: NameTypos.substitute(name, random: &random)
            case 1: NameTypos.delete(name, random: &random)
            default: NameTypos.transpose(name, random: &random)
            }
            if let typo { if onForename { forename = typo } else { surname = typo } }
        }
        let shortForms = NicknameCatalogue.shortForms(of: forename)
        if !shortForms.isEmpty, random.chance(isChild ? 0.04 : 0.15) { forename = random.element(of: shortForms) }

        var dateOfBirth: LocalDate? = random.chance(isChild ? 0.93 : source == .police ? 0.85 : 0.55) ? person.dateOfBirth : nil
        if let known = dateOfBirth, random.chance(0.03) {
            let misremembered = known.day <= 12 && known.day != known.month
                ? LocalDate(year: known.year, month: known.day, day: known.month)
                : LocalDate(year: known.year, month: 1, day: 1)
            // A referral with an impossible child's age would be rejected: keep only plausible slips.
            if let misremembered, misremembered <= receivedDate, !isChild || misremembered.age(on: receivedDate) < 18 {
                dateOfBirth = misremembered
            }
        }

        var address: Address?
        let roll = random.unit()
        if livesElsewhere {
            // Referrers rarely know where an ex-partner lives.
            if roll < 0.4 {
                address = Address(line1: household.address.line1, town: household.address.town, postcode: household.address.postcode)
            } else if roll < 0.7 {
                address = Address(town: household.address.town)
            }
        } else if roll < 0.85 {
            let known = household.previousAddress != nil && random.chance(0.1) ? household.previousAddress! : household.address
            address = Address(line1: known.line1, line2: known.locality, town: known.town, postcode: known.postcode)
        } else if roll < 0.95 {
            address = Address(town: household.address.town, postcode: household.address.postcode)
        }

        let health = source.agency == .health
        let nhsChance = health ? (isChild ? 0.75 : 0.35) : source.agency == .socialCare ? (isChild ? 0.4 : 0.1) : (isChild ? 0.03 : 0.01)
        var nhsNumber: String? = random.chance(nhsChance) ? person.nhsNumber : nil
        if let digits = nhsNumber, random.chance(0.5) {
            let characters = Array(digits)
            nhsNumber = String(characters[0..<3]) + " " + String(characters[3..<6]) + " " + String(characters[6...])
        }
        let upnChance = source.agency == .education ? 0.85 : source.agency == .socialCare ? 0.25 : 0
        let upn = person.upn != nil && random.chance(upnChance) ? person.upn : nil
        let policeId = source == .police && random.chance(isChild ? 0.5 : 0.8)
            ? policeIds?.personId(of: index, isChild: person.isChild) : nil
        let laChildId = isChild && random.chance(source.agency == .socialCare ? 0.9 : source == .police ? 0.15 : 0)
            ? socialCareIds?.personId(of: index, isChild: true) : nil
        var otherNames: [String]?
        if isChild, household.kind == .blendedFamily, let stepSurname = population.householdMembers(of: person).first(where: { $0.role == .partner })?.surname,
           stepSurname != person.surname, random.chance(0.25) {
            otherNames = [person.forename + " " + stepSurname]
        }
        return Subject(
            subjectId: id, role: role, forename: forename, surname: surname, otherNames: otherNames,
            dateOfBirth: dateOfBirth, sex: random.chance(0.95) ? person.sex : nil, address: address,
            nhsNumber: nhsNumber, upn: upn, policeId: policeId, laChildId: laChildId, relationshipToChild: relationship
        )
    }
}
