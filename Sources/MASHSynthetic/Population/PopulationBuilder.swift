import MASHCore

/// Makes households of invented people: who lives together, their names, ages, addresses and identifiers.
struct PopulationBuilder {
    private let targetPeople: Int
    private let referenceDate: LocalDate
    private let referenceDay: Int
    private var random: SeededRandom
    private var nhsNumbers: TestRangeNHSNumbers
    private var pupilNumbers = PupilNumbers()
    private let addressBook: AddressBook
    private let schools: SchoolCatalogue
    private var people: [SyntheticPerson] = []
    private var households: [Household] = []
    private var movedCount = 0

    private static let kinds = WeightedTable<HouseholdKind>([
        (.singleAdult, 0.30), (.couple, 0.29), (.coupleWithChildren, 0.16), (.loneParent, 0.09),
        (.blendedFamily, 0.04), (.multiGeneration, 0.03), (.familyWithLodger, 0.02), (.sharedHouse, 0.07),
    ])

    init(targetPeople: Int, seed: UInt64, referenceDate: LocalDate) {
        self.targetPeople = max(2, targetPeople)
        self.referenceDate = referenceDate
        self.referenceDay = DayNumber.of(referenceDate)
        var random = SeededRandom(seed: seed, stream: 0x9E0_9E0)
        self.nhsNumbers = TestRangeNHSNumbers(random: &random)
        // Households average about 2.3 people; a fifth more room covers previous addresses of movers.
        self.addressBook = AddressBook(capacity: self.targetPeople * 3 / 4 + 64, random: &random)
        self.schools = SchoolCatalogue(people: self.targetPeople, random: &random)
        self.random = random
        people.reserveCapacity(self.targetPeople + 8)
    }

    func population() -> SyntheticPopulation {
        SyntheticPopulation(people: people, households: households, schools: schools.all, referenceDate: referenceDate)
    }

    mutating func buildHouseholds() {
        // The first household always has children, so even a tiny population can be referred.
        var kind = HouseholdKind.coupleWithChildren
        while people.count < targetPeople {
            addHousehold(kind)
            kind = Self.kinds.pick(using: &random)
        }
    }

    // MARK: households

    private mutating func addHousehold(_ kind: HouseholdKind) {
        let householdIndex = households.count
        let first = people.count
        var members = HouseholdMembers(householdIndex: householdIndex)
        switch kind {
        case .singleAdult:
            addAdult(role: .adult, age: 18 + random.below(73), surname: nil, into: &members)
        case .couple:
            addCouple(age: 20 + random.below(66), role: .adult, into: &members)
        case .sharedHouse:
            for _ in 0..<(2 + random.below(3)) {
                addAdult(role: members.count == 0 ? .adult : .lodger, age: 18 + random.below(30), surname: nil, into: &members)
            }
        case .coupleWithChildren, .familyWithLodger:
            let ages = childAges()
            let (mother, father) = addCouple(age: motherAge(oldestChild: ages[0]), role: .parent, into: &members)
            addChildren(ages: ages, motherSurname: mother, fatherSurname: father, into: &members)
            if kind == .familyWithLodger {
                addAdult(role: .lodger, age: 19 + random.below(42), surname: nil, into: &members)
            }
        case .loneParent, .blendedFamily:
            let ages = childAges()
            let parentSex: Sex = random.chance(0.86) ? .female : .male
            let parentSurname = SurnameCatalogue.all[random.below(SurnameCatalogue.all.count)]
            let parentAge = motherAge(oldestChild: ages[0])
            addAdult(role: .parent, age: parentAge, surname: parentSurname, sex: parentSex, into: &members)
            let absentParentSurname = SurnameCatalogue.all[random.below(SurnameCatalogue.all.count)]
            let mother = parentSex == .female ? parentSurname : absentParentSurname
            let father = parentSex == .female ? absentParentSurname : parentSurname
            addChildren(ages: ages, motherSurname: mother, fatherSurname: father, into: &members)
            if kind == .blendedFamily {
                let age = max(20, parentAge + random.int(in: -4...6))
                addAdult(role: .partner, age: age, surname: nil, sex: parentSex == .female ? .male : .female, into: &members)
            }
        case .multiGeneration:
            let ages = childAges()
            let parentAge = motherAge(oldestChild: ages[0])
            let (mother, father) = addCouple(age: parentAge, role: .parent, into: &members)
            addChildren(ages: ages, motherSurname: mother, fatherSurname: father, into: &members)
            let grandparentAge = min(95, parentAge + 20 + random.below(16))
            let grandparents = random.chance(0.45) ? 2 : 1
            for number in 0..<grandparents {
                let sex: Sex = grandparents == 2 ? (number == 0 ? .female : .male) : (random.chance(0.7) ? .female : .male)
                addAdult(role: .grandparent, age: min(98, grandparentAge + number * random.below(4)), surname: mother, sex: sex, into: &members)
            }
        }
        let moved = random.chance(0.12)
        let movedOn = moved ? DayNumber.date(referenceDay - 30 - random.below(700)) : nil
        let previous: SyntheticAddress?
        if moved, households.count + movedCount + 1 < addressBook.capacity {
            movedCount += 1
            previous = addressBook.address(slot: addressBook.capacity - movedCount)
        } else {
            previous = nil
        }
        people.append(contentsOf: members.people)
        households.append(Household(
            index: householdIndex, kind: kind,
            address: addressBook.address(slot: householdIndex),
            previousAddress: previous, movedOn: previous == nil ? nil : movedOn,
            members: first..<people.count,
            primarySchool: schools.primaryIndex(forHousehold: householdIndex),
            secondarySchool: schools.secondaryIndex(forHousehold: householdIndex),
            adversity: 0, circumstances: [], domesticAbuse: nil, memberCircumstances: []
        ))
    }

    /// Two adults; returns the woman's and the man's surname (in a same-sex couple, the first's and the second's).
    @discardableResult
    private mutating func addCouple(age: Int, role: HouseholdRole, into members: inout HouseholdMembers) -> (String, String) {
        let sameSex = random.chance(0.03)
        let firstSex: Sex = sameSex && random.chance(0.5) ? .male : .female
        let secondSex: Sex = sameSex ? firstSex : .male
        let secondSurname = SurnameCatalogue.all[random.below(SurnameCatalogue.all.count)]
        let firstSurname = random.chance(0.62) ? secondSurname : SurnameCatalogue.all[random.below(SurnameCatalogue.all.count)]
        addAdult(role: role, age: age, surname: firstSurname, sex: firstSex, into: &members)
        addAdult(role: role, age: max(18, age + random.int(in: -3...7)), surname: secondSurname, sex: secondSex, into: &members)
        return (firstSurname, secondSurname)
    }

    private mutating func addChildren(ages: [Int], motherSurname: String, fatherSurname: String, into members: inout HouseholdMembers) {
        let surname: String
        if motherSurname == fatherSurname {
            surname = motherSurname
        } else {
            let roll = random.unit()
            let canHyphenate = !motherSurname.contains(Character("-")) && !fatherSurname.contains(Character("-"))
            if roll < 0.6 || (!canHyphenate && roll >= 0.85) { surname = fatherSurname }
            else if roll < 0.85 { surname = motherSurname }
            else { surname = motherSurname + "-" + fatherSurname }
        }
        for age in ages {
            let sex: Sex = random.chance(0.51) ? .male : .female
            var forename = randomForename(sex)
            if members.forenames.contains(forename) { forename = randomForename(sex) }
            addPerson(forename: forename, surname: surname, sex: sex, age: age, role: .child, into: &members)
        }
    }

    private mutating func addAdult(role: HouseholdRole, age: Int, surname: String?, sex: Sex? = nil, into members: inout HouseholdMembers) {
        let sex = sex ?? (random.chance(0.5) ? .female : .male)
        let surname = surname ?? SurnameCatalogue.all[random.below(SurnameCatalogue.all.count)]
        addPerson(forename: randomForename(sex), surname: surname, sex: sex, age: age, role: role, into: &members)
    }

    private mutating func addPerson(forename: String, surname: String, sex: Sex, age: Int, role: HouseholdRole, into members: inout HouseholdMembers) {
        let dateOfBirth = dateOfBirth(age: age)
        var upn: String?
        if role == .child, age >= 4 {
            let school = schools.all[schools.primaryIndex(forHousehold: members.householdIndex)]
            upn = pupilNumbers.next(establishment: school.establishment, year: dateOfBirth.year + 5)
        }
        members.append(SyntheticPerson(
            index: people.count + members.count, forename: forename, surname: surname, dateOfBirth: dateOfBirth,
            sex: sex, householdIndex: members.householdIndex, role: role, nhsNumber: nhsNumbers.next(), upn: upn,
            circumstances: []
        ))
    }

    // MARK: ages and names

    /// One to five children, oldest first, spaced one to five years apart.
    private mutating func childAges() -> [Int] {
        let count = [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 5][random.below(12)]
        var ages = [random.below(18)]
        while ages.count < count {
            let gap = random.chance(0.03) ? 0 : 1 + random.below(5)
            let next = ages[ages.count - 1] - gap
            if next < 0 { break }
            ages.append(next)
        }
        return ages
    }

    private mutating func motherAge(oldestChild: Int) -> Int {
        let atFirstBirth = random.chance(0.03) ? 16 + random.below(2) : 18 + random.below(12) + random.below(12)
        return oldestChild + atFirstBirth
    }

    /// A date of birth giving exactly `age` on the reference date.
    private mutating func dateOfBirth(age: Int) -> LocalDate {
        let year = referenceDate.year - age
        let day = min(referenceDate.day, LocalDate.daysInMonth(year: year, month: referenceDate.month))
        let anniversary = LocalDate(year: year, month: referenceDate.month, day: day)!
        return anniversary.adding(days: -random.below(365))
    }

    private mutating func randomForename(_ sex: Sex) -> String {
        let names = sex == .female ? ForenameCatalogue.female : ForenameCatalogue.male
        return names[random.below(names.count)]
    }
}

/// The people of one household while it is being built.
private struct HouseholdMembers {
    let householdIndex: Int
    private(set) var people: [SyntheticPerson] = []

    init(householdIndex: Int) { self.householdIndex = householdIndex }

    var count: Int { people.count }
    var forenames: [String] { people.map(\.forename) }

    mutating func append(_ person: SyntheticPerson) { people.append(person) }
}
