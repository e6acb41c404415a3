import MASHCore

/// A person as one agency has them on file under one person id: the name and date of birth with any
/// errors, and which identifiers it holds. The same id always gives the same identity.
struct RecordedIdentity {
    var forename: String
    var surname: String
    var dateOfBirth: LocalDate?
    var holdsNHSNumber: Bool
    var holdsUPN: Bool
    /// Whether the agency kept the address from before the household moved.
    var keepsOldAddress: Bool
    var noise: RecordNoise
}

/// Makes `RecordedIdentity` values: deterministic per (seed, agency, person, which id).
struct IdentityRecorder {
    let population: SyntheticPopulation
    let profile: AgencyProfile
    let seed: UInt64

    private static let kinds = WeightedTable<RecordNoise>([
        (.letterSubstituted, 14), (.letterDeleted, 9), (.lettersTransposed, 9), (.nickname, 20),
        (.hyphenatedSurname, 4), (.surnamesSwapped, 2), (.namesSwapped, 4), (.dayMonthSwapped, 8),
        (.dateOfBirthDigitOff, 8), (.yearOnlyDateOfBirth, 5), (.missingDateOfBirth, 6), (.surnameChanged, 5),
    ])

    func identity(of personIndex: Int, duplicate: Bool) -> RecordedIdentity {
        let person = population.people[personIndex]
        var random = SeededRandom(seed: seed, stream: UInt64(personIndex) << 1 | (duplicate ? 1 : 0))
        var identity = RecordedIdentity(
            forename: person.forename, surname: person.surname, dateOfBirth: person.dateOfBirth,
            holdsNHSNumber: random.chance(profile.nhsNumberCoverage),
            holdsUPN: person.upn != nil && random.chance(profile.upnCoverage),
            keepsOldAddress: random.chance(profile.staleAddressRate), noise: []
        )
        if profile.expectsNHSNumber, !identity.holdsNHSNumber { identity.noise.insert(.missingIdentifier) }
        if profile.expectsUPN, person.upn != nil, !identity.holdsUPN { identity.noise.insert(.missingIdentifier) }
        // Double-barrelled names, step-families and everyday short forenames are recorded inconsistently
        // far more often than other names.
        if random.chance(0.08), !NicknameCatalogue.shortForms(of: person.forename).isEmpty {
            apply(.nickname, to: &identity, person: person, random: &random)
        }
        if person.surname.utf8.contains(UInt8(ascii: "-")), random.chance(0.3) {
            apply(random.chance(0.5) ? .surnamesSwapped : .hyphenatedSurname, to: &identity, person: person, random: &random)
        } else if person.isChild, population.households[person.householdIndex].kind == .blendedFamily,
                  stepParentSurname(of: person) != nil, random.chance(0.2) {
            apply(.surnameChanged, to: &identity, person: person, random: &random)
        }
        if random.chance(profile.identityErrorRate) {
            let errors = random.chance(0.15) ? 2 : 1
            var applied = 0
            for _ in 0..<8 where applied < errors {
                let kind = Self.kinds.pick(using: &random)
                if !identity.noise.contains(kind), apply(kind, to: &identity, person: person, random: &random) { applied += 1 }
            }
        }
        return identity
    }

    /// Applies one kind of error; false when it does not fit this person (no nickname, no double-barrel...).
    @discardableResult
    private func apply(_ kind: RecordNoise, to identity: inout RecordedIdentity, person: SyntheticPerson, random: inout SeededRandom) -> Bool {
        switch kind {
        case .letterSubstituted, .letterDeleted, .lettersTransposed:
            let onForename = random.chance(0.55)
            let name = onForename ? identity.forename : identity.surname
            let typo: String? = switch kind {
            case .letterSubstituted: NameTypos.substitute(name, random: &random)
            case .letterDeleted: NameTypos.delete(name, random: &random)
            default: NameTypos.transpose(name, random: &random)
            }
            guard let typo, typo != name else { return false }
            if onForename { identity.forename = typo } else { identity.surname = typo }
        case .nickname:
            let forms = NicknameCatalogue.shortForms(of: identity.forename)
            guard !forms.isEmpty else { return false }
            identity.forename = random.element(of: forms)
        case .hyphenatedSurname:
            if identity.surname.utf8.contains(UInt8(ascii: "-")) {
                let halves = identity.surname.split(separator: "-")
                identity.surname = String(random.chance(0.5) ? halves[0] : halves[halves.count - 1])
            } else {
                guard let other = otherHouseholdSurname(of: person), !other.utf8.contains(UInt8(ascii: "-")) else { return false }
                identity.surname = random.chance(0.5) ? identity.surname + "-" + other : other + "-" + identity.surname
            }
        case .surnamesSwapped:
            let halves = identity.surname.split(separator: "-")
            guard halves.count == 2 else { return false }
            identity.surname = halves[1] + "-" + halves[0]
        case .namesSwapped:
            (identity.forename, identity.surname) = (identity.surname, identity.forename)
        case .dayMonthSwapped:
            guard let date = identity.dateOfBirth, date.day <= 12, date.day != date.month,
                  let swapped = LocalDate(year: date.year, month: date.day, day: date.month) else { return false }
            identity.dateOfBirth = swapped
        case .dateOfBirthDigitOff:
            guard let date = identity.dateOfBirth, let changed = oneDigitOff(date, random: &random) else { return false }
            identity.dateOfBirth = changed
        case .yearOnlyDateOfBirth:
            guard let date = identity.dateOfBirth, date.month != 1 || date.day != 1 else { return false }
            identity.dateOfBirth = LocalDate(year: date.year, month: 1, day: 1)
        case .missingDateOfBirth:
            guard identity.dateOfBirth != nil else { return false }
            identity.dateOfBirth = nil
        case .surnameChanged:
            let other = person.isChild ? stepParentSurname(of: person) : partnerSurname(of: person)
            guard let other, other != identity.surname else { return false }
            identity.surname = other
        default:
            return false
        }
        identity.noise.insert(kind)
        return true
    }

    /// The date with one digit of the day, month or year changed, still a real date no later than the reference date.
    private func oneDigitOff(_ date: LocalDate, random: inout SeededRandom) -> LocalDate? {
        for _ in 0..<6 {
            var (year, month, day) = (date.year, date.month, date.day)
            let roll = random.unit()
            if roll < 0.55 {
                day = day / 10 * 10 + (day % 10 + 1 + random.below(9)) % 10
            } else if roll < 0.7 {
                month = month / 10 * 10 + (month % 10 + 1 + random.below(9)) % 10
            } else {
                year = year / 10 * 10 + (year % 10 + 1 + random.below(9)) % 10
            }
            if let changed = LocalDate(year: year, month: month, day: day), changed != date, changed <= population.referenceDate {
                return changed
            }
        }
        return nil
    }

    private func otherHouseholdSurname(of person: SyntheticPerson) -> String? {
        population.householdMembers(of: person).first { !$0.isChild && $0.surname != person.surname }?.surname
    }

    /// A child's step-parent (the parent's partner) surname, when it differs from the child's.
    private func stepParentSurname(of person: SyntheticPerson) -> String? {
        population.householdMembers(of: person).first { $0.role == .partner && $0.surname != person.surname }?.surname
    }

    /// An adult's partner's surname, when it differs.
    private func partnerSurname(of person: SyntheticPerson) -> String? {
        guard [.parent, .partner, .adult].contains(person.role) else { return nil }
        return population.householdMembers(of: person).first {
            [.parent, .partner, .adult].contains($0.role) && $0.sex != person.sex && $0.surname != person.surname
        }?.surname
    }
}
