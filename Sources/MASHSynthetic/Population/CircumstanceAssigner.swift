import MASHCore

/// Decides what is going on in each household and for each person: most households have nothing an
/// agency would record; a minority (about one family in five) carries most of the records, as in reality.
struct CircumstanceAssigner {
    private var random: SeededRandom

    init(seed: UInt64) {
        random = SeededRandom(seed: seed, stream: 0xC1_C1)
    }

    mutating func assign(to population: inout SyntheticPopulation) {
        let referenceDate = population.referenceDate
        // Men living alone: the ex-partners who abuse a lone parent from another address.
        let exPartners = population.households.filter { $0.kind == .singleAdult }
            .map(\.members.lowerBound)
            .filter { population.people[$0].sex == .male && (18...60).contains(population.people[$0].dateOfBirth.age(on: referenceDate)) }
        for index in population.households.indices {
            let household = population.households[index]
            let adversity = adversity(hasChildren: household.kind.hasChildren)
            population.households[index].adversity = adversity
            var flags = HouseholdCircumstances()
            let members = Array(household.members)
            let adults = members.filter { !population.people[$0].isChild }
            let children = members.filter { population.people[$0].isChild }
            if adversity > 0 {
                if let situation = domesticAbuse(adversity: adversity, adults: adults, people: population.people, exPartners: exPartners) {
                    population.households[index].domesticAbuse = situation
                    flags.insert(.domesticAbuse)
                }
                if random.chance(level(adversity, 0.15, 0.45)) { flags.insert(.substanceMisuse) }
                if random.chance(level(adversity, 0.25, 0.5)) { flags.insert(.parentalMentalHealth) }
                if !children.isEmpty, random.chance(level(adversity, 0.08, 0.35)) { flags.insert(.neglect) }
                if random.chance(level(adversity, 0.2, 0.4)) { flags.insert(.rentArrears) }
                if members.count >= 5 || random.chance(level(adversity, 0.08, 0.2)) { flags.insert(.overcrowding) }
                if random.chance(level(adversity, 0.04, 0.12)) { flags.insert(.temporaryAccommodation) }
                if random.chance(level(adversity, 0.05, 0.15)) { flags.insert(.antisocialBehaviour) }
            } else if random.chance(0.02) {
                flags.insert(.rentArrears)
            }
            population.households[index].circumstances = flags
            assignAdults(adults, household: population.households[index], people: &population.people)
            assignChildren(children, household: population.households[index], referenceDate: referenceDate, people: &population.people)
            population.households[index].memberCircumstances = members.reduce(into: []) { union, member in
                union.formUnion(population.people[member].circumstances)
            }
        }
    }

    private mutating func adversity(hasChildren: Bool) -> Int {
        let roll = random.unit()
        if hasChildren { return roll < 0.07 ? 2 : roll < 0.22 ? 1 : 0 }
        return roll < 0.02 ? 2 : roll < 0.08 ? 1 : 0
    }

    private func level(_ adversity: Int, _ some: Double, _ many: Double) -> Double {
        adversity >= 2 ? many : adversity == 1 ? some : 0
    }

    private mutating func domesticAbuse(adversity: Int, adults: [Int], people: [SyntheticPerson], exPartners: [Int]) -> DomesticAbuseSituation? {
        let couple = adults.filter { [.parent, .partner, .adult].contains(people[$0].role) }
        var victim: Int
        var perpetrator: Int
        var elsewhere = false
        if couple.count >= 2 {
            guard random.chance(level(adversity, 0.3, 0.65)) else { return nil }
            let women = couple.filter { people[$0].sex == .female }
            let men = couple.filter { people[$0].sex == .male }
            if let woman = women.first, let man = men.first {
                (victim, perpetrator) = random.chance(0.9) ? (woman, man) : (man, woman)
            } else {
                (victim, perpetrator) = (couple[0], couple[1])
            }
        } else if let parent = adults.first(where: { people[$0].role == .parent }), !exPartners.isEmpty {
            guard random.chance(level(adversity, 0.35, 0.6)) else { return nil }
            victim = parent
            perpetrator = random.element(of: exPartners)
            elsewhere = true
        } else {
            return nil
        }
        let incidents = adversity >= 2
            ? 1 + random.below(4) + (random.chance(0.35) ? random.int(in: 3...9) : 0)
            : 1 + random.below(3)
        let bandRoll = random.unit()
        let band: DASHRiskLevel = adversity >= 2
            ? (bandRoll < 0.5 ? .standard : bandRoll < 0.85 ? .medium : .high)
            : (bandRoll < 0.8 ? .standard : bandRoll < 0.97 ? .medium : .high)
        let marac = band == .high || (incidents >= 5 && random.chance(0.7)) || random.chance(0.03)
        return DomesticAbuseSituation(
            victim: victim, perpetrator: perpetrator, perpetratorLivesElsewhere: elsewhere,
            incidentsInLastYear: incidents, earlierIncidents: random.below(adversity >= 2 ? 6 : 3),
            riskBand: band, maracCase: marac, supportedByService: random.chance(marac ? 0.7 : 0.25)
        )
    }

    private mutating func assignAdults(_ adults: [Int], household: Household, people: inout [SyntheticPerson]) {
        let adversity = household.adversity
        let carers = adults.filter { [.parent, .partner, .adult].contains(people[$0].role) }
        if household.circumstances.contains(.substanceMisuse), let person = carers.isEmpty ? nil : random.element(of: carers) {
            people[person].circumstances.insert([.substanceMisuse, .gpConcern])
        }
        if household.circumstances.contains(.parentalMentalHealth), !carers.isEmpty {
            let women = carers.filter { people[$0].sex == .female }
            let person = women.isEmpty || random.chance(0.3) ? random.element(of: carers) : random.element(of: women)
            people[person].circumstances.insert(.mentalHealth)
            if random.chance(0.6) { people[person].circumstances.insert(.gpConcern) }
        }
        if let abuse = household.domesticAbuse {
            people[abuse.perpetrator].circumstances.insert(.offender)
            if random.chance(0.4) { people[abuse.perpetrator].circumstances.insert(.probationSupervision) }
            if random.chance(0.3) { people[abuse.victim].circumstances.insert(.injuryAttendances) }
        }
        for adult in adults {
            if random.chance(level(adversity, 0.05, 0.2)) { people[adult].circumstances.insert(.offender) }
            if people[adult].circumstances.contains(.offender), random.chance(0.25) {
                people[adult].circumstances.insert(.probationSupervision)
            }
            if random.chance(adversity > 0 ? 0.06 : 0.015) { people[adult].circumstances.insert(.crimeVictim) }
            if adversity == 0, random.chance(0.004) { people[adult].circumstances.insert(.gpConcern) }
        }
    }

    private mutating func assignChildren(_ children: [Int], household: Household, referenceDate: LocalDate, people: inout [SyntheticPerson]) {
        guard !children.isEmpty else { return }
        let adversity = household.adversity
        // Social care works with the sibling group, not one child.
        let open = random.chance(adversity >= 2 ? 0.35 : adversity == 1 ? 0.045 : 0.002)
        let protection = open && random.chance(adversity >= 2 ? 0.22 : 0.08)
        let knownBefore = !open && random.chance(adversity >= 2 ? 0.45 : adversity == 1 ? 0.25 : 0.01)
        let endedPlan = knownBefore && random.chance(adversity >= 2 ? 0.15 : 0.04)
        let parentalIllness = household.circumstances.contains(.parentalMentalHealth) || household.circumstances.contains(.substanceMisuse)
        for child in children {
            let age = people[child].dateOfBirth.age(on: referenceDate)
            var flags = PersonCircumstances()
            if open { flags.insert([.openCase, .previouslyReferred]) }
            if protection { flags.insert(.childProtectionPlan) }
            if open, random.chance(0.1) { flags.insert(.lookedAfter) }
            if knownBefore { flags.insert(.previouslyReferred) }
            if endedPlan { flags.insert(.childProtectionPlanEnded) }
            if adversity > 0, !open, random.chance(0.02) { flags.insert(.lookedAfterEnded) }
            if age >= 11 {
                if random.chance(adversity >= 2 ? 0.25 : adversity == 1 ? 0.08 : 0.005) { flags.insert(.missingEpisodes) }
                let boy = people[child].sex == .male
                if random.chance((adversity >= 2 ? 0.1 : adversity == 1 ? 0.03 : 0.001) * (boy ? 1.5 : 0.5)) {
                    flags.insert([.criminalExploitation, .missingEpisodes])
                }
                if random.chance((adversity >= 2 ? 0.08 : adversity == 1 ? 0.02 : 0.001) * (boy ? 0.4 : 1.6)) {
                    flags.insert([.sexualExploitation, .missingEpisodes])
                }
                if random.chance(adversity >= 2 ? 0.1 : adversity == 1 ? 0.04 : 0.005) { flags.insert(.selfHarm) }
                if random.chance(adversity >= 2 ? 0.15 : adversity == 1 ? 0.05 : 0.005) { flags.insert(.offender) }
            }
            if age >= 5 {
                if random.chance(adversity >= 2 ? 0.45 : adversity == 1 ? 0.25 : 0.04) { flags.insert(.persistentAbsence) }
                if random.chance((adversity >= 2 ? 0.15 : adversity == 1 ? 0.05 : 0.004) * (age >= 11 ? 1.5 : 0.5)) {
                    flags.insert(.excluded)
                }
                if parentalIllness, age >= 8, random.chance(0.15) { flags.insert(.youngCarer) }
            } else if random.chance(adversity >= 2 ? 0.7 : adversity == 1 ? 0.35 : 0.03) {
                flags.insert(.healthVisitorConcern)
            }
            if random.chance(adversity >= 2 ? 0.2 : adversity == 1 ? 0.06 : 0.005) { flags.insert(.gpConcern) }
            if random.chance(adversity >= 2 ? 0.3 : adversity == 1 ? 0.12 : 0.05) { flags.insert(.injuryAttendances) }
            people[child].circumstances = flags
        }
    }
}
