import MASHCore

/// Builds a `ReferralSchedule`: arrival times, sources and themes first, then, in time order, the
/// child for each referral, holding the re-referral share near 22%.
struct ReferralPlanner {
    private let population: SyntheticPopulation
    private var random: SeededRandom
    private var pools: [ReferralTheme: [Int]] = [:]
    private var firstReferralDay: [Int32]
    private var reReferralDay: [Int32]
    private var referred: [Int] = []
    private var windowStartDay = 0

    init(population: SyntheticPopulation, seed: UInt64) {
        self.population = population
        self.random = SeededRandom(seed: seed, stream: 0x5C4E_D01E)
        self.firstReferralDay = Array(repeating: Int32.max, count: population.people.count)
        self.reReferralDay = firstReferralDay
        // Read fields in place: copying 100,000 children and their households per theme is slower than the plan.
        let people = population.people
        let households = population.households
        let children = people.indices.filter { people[$0].role == .child }
        for theme in ReferralTheme.allCases {
            pools[theme] = children.filter {
                theme.fits(child: people[$0].circumstances, home: households[people[$0].householdIndex].circumstances)
            }
        }
    }

    mutating func plan(referrals: Int) -> ReferralSchedule {
        let endDay = DayNumber.of(population.referenceDate)
        let days = ReferralSchedule.windowDays(referrals: referrals)
        let startDay = endDay - days
        windowStartDay = startDay
        var arrivals = arrivals(count: referrals, startDay: startDay, days: days)
        arrivals.sort { ($0.milliseconds, $0.order) < ($1.milliseconds, $1.order) }
        var entries: [ScheduledReferral] = []
        entries.reserveCapacity(referrals)
        for (position, arrival) in arrivals.enumerated() {
            let receivedDay = Int(arrival.milliseconds / DayNumber.millisecondsPerDay)
            guard let entry = choose(arrival: arrival, receivedDay: receivedDay, sequence: position + 1) else { continue }
            entries.append(entry)
        }
        return ReferralSchedule(
            entries: entries, windowStart: DayNumber.date(startDay), windowEnd: DayNumber.date(endDay),
            firstReferralDay: firstReferralDay, reReferralDay: reReferralDay
        )
    }

    private struct Arrival {
        var milliseconds: Int64
        var order: Int
        var source: ReferralSource
    }

    private mutating func arrivals(count: Int, startDay: Int, days: Int) -> [Arrival] {
        // Weekends are quieter: most contacts come from schools and professionals in the working week.
        let dayTable = WeightedTable<Int>((0..<days).map { offset in
            let weekday = (startDay + offset + 3) % 7 // 0 is Monday
            return (offset, weekday == 5 ? 0.55 : weekday == 6 ? 0.45 : 1.0)
        })
        var arrivals: [Arrival] = []
        arrivals.reserveCapacity(count)
        for order in 0..<count {
            let source = ReferralSourceMix.sources.pick(using: &random)
            let day = startDay + dayTable.pick(using: &random)
            let hour = ReferralSourceMix.hour(for: source, random: &random)
            let milliseconds = Int64(day) * DayNumber.millisecondsPerDay + Int64(hour) * 3_600_000 + Int64(random.below(3_600_000))
            arrivals.append(Arrival(milliseconds: milliseconds, order: order, source: source))
        }
        return arrivals
    }

    private mutating func choose(arrival: Arrival, receivedDay: Int, sequence: Int) -> ScheduledReferral? {
        let source = arrival.source
        let wantsReReferral = random.chance(ReferralSchedule.reReferralShare)
        var child: Int?
        var theme = ReferralTheme.generalWelfare
        // Some re-referrals come back within the window itself; the rest were referred before it.
        if wantsReReferral, random.chance(0.3), !referred.isEmpty {
            for _ in 0..<8 {
                let candidate = random.element(of: referred)
                if isEligible(candidate, source: source, day: receivedDay) {
                    child = candidate
                    theme = themeFitting(candidate, source: source)
                    break
                }
            }
        }
        if child == nil {
            theme = ReferralSourceMix.themes(for: source).pick(using: &random)
            child = freshChild(theme: theme, source: source, day: receivedDay)
            if child == nil, theme != .generalWelfare {
                theme = .generalWelfare
                child = freshChild(theme: .generalWelfare, source: source, day: receivedDay)
            }
            // A re-referral needs an earlier referral on file, so the child must be born before the window.
            if let fresh = child, wantsReReferral, DayNumber.of(population.people[fresh].dateOfBirth) < windowStartDay {
                reReferralDay[fresh] = Int32(receivedDay)
            }
        }
        if child == nil {
            // Every child has been referred already: the stream repeats children, as a long run would.
            child = anyEligibleChild(source: source, day: receivedDay)
            if let repeated = child { theme = themeFitting(repeated, source: source) }
        }
        guard let child else { return nil }
        let isReReferral = firstReferralDay[child] != Int32.max || reReferralDay[child] == Int32(receivedDay)
        let sibling = sibling(of: child, day: receivedDay)
        markReferred(child, day: receivedDay)
        if let sibling { markReferred(sibling, day: receivedDay) }
        return ScheduledReferral(
            sequence: sequence, receivedAt: Timestamp(millisecondsSince1970: arrival.milliseconds), source: source,
            theme: theme, child: child, sibling: sibling, isReReferral: isReReferral
        )
    }

    private mutating func freshChild(theme: ReferralTheme, source: ReferralSource, day: Int) -> Int? {
        guard let pool = pools[theme], !pool.isEmpty else { return nil }
        for _ in 0..<12 {
            let candidate = random.element(of: pool)
            if firstReferralDay[candidate] == Int32.max, isEligible(candidate, source: source, day: day) {
                return candidate
            }
        }
        return nil
    }

    private mutating func anyEligibleChild(source: ReferralSource, day: Int) -> Int? {
        guard let pool = pools[.generalWelfare], !pool.isEmpty else { return nil }
        for _ in 0..<64 {
            let candidate = random.element(of: pool)
            if isEligible(candidate, source: source, day: day) { return candidate }
        }
        return pool.first { isEligible($0, source: source, day: day) }
    }

    private mutating func themeFitting(_ child: Int, source: ReferralSource) -> ReferralTheme {
        let facts = population.people[child].circumstances
        let home = population.households[population.people[child].householdIndex].circumstances
        for _ in 0..<4 {
            let theme = ReferralSourceMix.themes(for: source).pick(using: &random)
            if theme.fits(child: facts, home: home) { return theme }
        }
        return .generalWelfare
    }

    /// Born by the day, under 18, and of an age the source sees.
    private func isEligible(_ child: Int, source: ReferralSource, day: Int) -> Bool {
        let birth = population.people[child].dateOfBirth
        guard DayNumber.of(birth) <= day else { return false }
        return ReferralSourceMix.accepts(age: birth.age(on: DayNumber.date(day)), from: source)
    }

    private mutating func sibling(of child: Int, day: Int) -> Int? {
        guard random.chance(0.2) else { return nil }
        let household = population.households[population.people[child].householdIndex]
        let siblings = household.members.filter { index in
            index != child && population.people[index].isChild && DayNumber.of(population.people[index].dateOfBirth) <= day
        }
        return siblings.isEmpty ? nil : random.element(of: siblings)
    }

    private mutating func markReferred(_ person: Int, day: Int) {
        if firstReferralDay[person] == Int32.max {
            firstReferralDay[person] = Int32(day)
            referred.append(person)
        }
    }
}
