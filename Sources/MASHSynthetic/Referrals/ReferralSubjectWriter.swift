import MASHCore

/// The people a referral names: the child (sometimes a sibling), the parents or carers at the address
/// and, for domestic abuse, the alleged perpetrator; spelled and identified as a referrer would.
///
/// People and households are read field by field, never copied whole: this runs once per subject.
struct ReferralSubjectWriter {
    let population: SyntheticPopulation
    let policeIds: AgencyPersonRegistry?
    let socialCareIds: AgencyPersonRegistry?

    private static let subjectIds = (1...12).map { "S\($0)" }

    private struct Named {
        var person: Int
        var role: SubjectRole
        var relationship: String
    }

    /// The subjects and, in the same order, the population person each one really is.
    func subjects(for entry: ScheduledReferral, random: inout SeededRandom) -> (subjects: [Subject], people: [Int]) {
        let people = population.people
        let householdIndex = people[entry.child].householdIndex
        let abuse = entry.theme == .domesticAbuse ? population.households[householdIndex].domesticAbuse : nil
        var named: [Named] = [Named(person: entry.child, role: .child, relationship: "self")]
        named.reserveCapacity(6)
        if let sibling = entry.sibling { named.append(Named(person: sibling, role: .child, relationship: "sibling")) }
        for member in population.households[householdIndex].members where people[member].role != .child {
            if abuse?.perpetrator == member {
                named.append(Named(person: member, role: .allegedPerpetrator, relationship: population.relationshipToChildren(ofPersonAt: member)))
                continue
            }
            let role: SubjectRole
            switch people[member].role {
            case .parent: role = .parent
            case .partner: role = .carer
            case .grandparent where random.chance(0.6): role = .householdMember
            case .lodger where random.chance(0.3): role = .householdMember
            default: continue
            }
            named.append(Named(person: member, role: role, relationship: population.relationshipToChildren(ofPersonAt: member)))
        }
        if let abuse, abuse.perpetratorLivesElsewhere {
            let fatherToo = people[abuse.perpetrator].surname == people[entry.child].surname
            named.append(Named(person: abuse.perpetrator, role: .allegedPerpetrator, relationship: fatherToo ? "father, mother's ex-partner" : "mother's ex-partner"))
        }
        let receivedDate = entry.receivedAt.utcDate
        var subjects: [Subject] = []
        subjects.reserveCapacity(named.count)
        for (position, person) in named.enumerated() {
            subjects.append(subject(
                person, id: position < Self.subjectIds.count ? Self.subjectIds[position] : "S\(position + 1)",
                livesElsewhere: people[person.person].householdIndex != householdIndex,
                source: entry.source, receivedDate: receivedDate, random: &random
            ))
        }
        return (subjects, named.map(\.person))
    }

    private func subject(
        _ named: Named, id: String, livesElsewhere: Bool, source: ReferralSource, receivedDate: LocalDate, random: inout SeededRandom
    ) -> Subject {
        let index = named.person
        let people = population.people
        let householdIndex = people[index].householdIndex
        let isChild = named.role == .child
        var forename = people[index].forename
        var surname = people[index].surname
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
        if random.chance(isChild ? 0.04 : 0.15) {
            let shortForms = NicknameCatalogue.shortForms(of: forename)
            if !shortForms.isEmpty { forename = random.element(of: shortForms) }
        }

        let trueDateOfBirth = people[index].dateOfBirth
        var dateOfBirth: LocalDate? = random.chance(isChild ? 0.93 : source == .police ? 0.85 : 0.55) ? trueDateOfBirth : nil
        if let known = dateOfBirth, random.chance(0.03) {
            let misremembered = known.day <= 12 && known.day != known.month
                ? LocalDate(year: known.year, month: known.day, day: known.month)
                : LocalDate(year: known.year, month: 1, day: 1)
            // A referral with an impossible child's age would be rejected: keep only plausible slips.
            if let misremembered, misremembered <= receivedDate, !isChild || misremembered.age(on: receivedDate) < 18 {
                dateOfBirth = misremembered
            }
        }

        let address = address(householdIndex: householdIndex, livesElsewhere: livesElsewhere, random: &random)
        let health = source.agency == .health
        let nhsChance = health ? (isChild ? 0.75 : 0.35) : source.agency == .socialCare ? (isChild ? 0.4 : 0.1) : (isChild ? 0.03 : 0.01)
        var nhsNumber: String? = random.chance(nhsChance) ? people[index].nhsNumber : nil
        if let digits = nhsNumber, random.chance(0.5) {
            let bytes = Array(digits.utf8)
            nhsNumber = String(decoding: bytes[0..<3], as: UTF8.self) + " " + String(decoding: bytes[3..<6], as: UTF8.self)
                + " " + String(decoding: bytes[6...], as: UTF8.self)
        }
        // Only schools and education services hold pupil numbers.
        let upnChance = source.agency == .education ? 0.85 : 0
        let upn = upnChance > 0 && random.chance(upnChance) ? people[index].upn : nil
        let policeId = source == .police && random.chance(isChild ? 0.5 : 0.8)
            ? policeIds?.personId(of: index, isChild: people[index].isChild) : nil
        let laChildChance = source.agency == .socialCare ? 0.9 : source == .police ? 0.15 : 0
        let laChildId = isChild && laChildChance > 0 && random.chance(laChildChance)
            ? socialCareIds?.personId(of: index, isChild: true) : nil
        var otherNames: [String]?
        if isChild, population.households[householdIndex].kind == .blendedFamily,
           let partner = population.households[householdIndex].members.first(where: { people[$0].role == .partner }),
           people[partner].surname != people[index].surname, random.chance(0.25) {
            otherNames = [people[index].forename + " " + people[partner].surname]
        }
        return Subject(
            subjectId: id, role: named.role, forename: forename, surname: surname, otherNames: otherNames,
            dateOfBirth: dateOfBirth, sex: random.chance(0.95) ? people[index].sex : nil, address: address,
            nhsNumber: nhsNumber, upn: upn, policeId: policeId, laChildId: laChildId, relationshipToChild: named.relationship
        )
    }

    /// The address as the referrer gives it: usually in full, sometimes only the postcode, rarely none;
    /// an ex-partner's seldom known.
    private func address(householdIndex: Int, livesElsewhere: Bool, random: inout SeededRandom) -> Address? {
        let roll = random.unit()
        let current = population.households[householdIndex].address
        if livesElsewhere {
            if roll < 0.4 { return Address(line1: current.line1, town: current.town, postcode: current.postcode) }
            return roll < 0.7 ? Address(town: current.town) : nil
        }
        if roll < 0.85 {
            // A family that moved recently is sometimes referred at its old address.
            let known = random.chance(0.1) ? population.households[householdIndex].previousAddress ?? current : current
            return Address(line1: known.line1, line2: known.locality, town: known.town, postcode: known.postcode)
        }
        return roll < 0.95 ? Address(town: current.town, postcode: current.postcode) : nil
    }
}
