import MASHCore

/// What an agency's record writer needs while it works through the households: the population, the
/// plan, the extract date, a random source and the agency's running counters.
struct ExtractContext {
    let population: SyntheticPopulation
    let schedule: ReferralSchedule
    /// Records are dated before this day (the first day of the referral window).
    let extractDay: Int
    var random: SeededRandom
    private var caseCounter = 0
    private let workers: [String]

    init(population: SyntheticPopulation, schedule: ReferralSchedule, random: SeededRandom) {
        self.population = population
        self.schedule = schedule
        self.extractDay = DayNumber.of(schedule.windowStart)
        self.random = random
        var names = SeededRandom(seed: 0x3000_4E45)
        self.workers = (0..<48).map { _ in
            let sex: Sex = names.chance(0.75) ? .female : .male
            return names.element(of: ForenameCatalogue.names(for: sex)) + " " + names.element(of: SurnameCatalogue.all)
        }
    }

    /// A random day between `from` and `to` days before the extract (inclusive), not before the person's birth; nil if none.
    mutating func day(for person: Int, daysAgo range: ClosedRange<Int>) -> Int? {
        let birth = DayNumber.of(population.people[person].dateOfBirth)
        let earliest = max(birth, extractDay - range.upperBound)
        let latest = extractDay - max(1, range.lowerBound)
        guard earliest <= latest else { return nil }
        return earliest + random.below(latest - earliest + 1)
    }

    /// A day `length` days after `start`, capped before the extract.
    func end(after start: Int, length: Int) -> Int { min(start + length, extractDay - 1) }

    /// The person's age in years on a day.
    func age(of person: Int, on day: Int) -> Int { population.people[person].dateOfBirth.age(on: DayNumber.date(day)) }

    /// The household's allocated social worker (the same worker for the sibling group).
    func worker(for household: Household) -> String { workers[household.index % workers.count] }

    /// A new case reference, e.g. "CS-2025-00042".
    mutating func nextCaseReference(prefix: String, day: Int) -> String {
        caseCounter += 1
        return prefix + "-" + String(DayNumber.date(day).year) + "-" + ZeroPadded.digits(caseCounter, width: 5)
    }

    mutating func pick<Element>(_ choices: [Element]) -> Element { random.element(of: choices) }

    mutating func chance(_ probability: Double) -> Bool { random.chance(probability) }

    /// The household's children and adults.
    func children(of household: Household) -> [Int] { household.members.filter { population.people[$0].isChild } }
    func adults(of household: Household) -> [Int] { household.members.filter { !population.people[$0].isChild } }
}
