import MASHCore

/// The invented people of the hub's area, in households, with the facts agencies would hold about them.
///
/// Deterministic: the same `people`, `seed` and `referenceDate` give the same population.
public struct SyntheticPopulation: Sendable {
    /// Everyone, household by household.
    public internal(set) var people: [SyntheticPerson]
    /// The households, in order; each one's members are contiguous in `people`.
    public internal(set) var households: [Household]
    /// The schools the children attend.
    public let schools: [SyntheticSchool]
    /// The date ages are counted to: the last day of the referral window.
    public let referenceDate: LocalDate

    init(people: [SyntheticPerson], households: [Household], schools: [SyntheticSchool], referenceDate: LocalDate) {
        self.people = people
        self.households = households
        self.schools = schools
        self.referenceDate = referenceDate
    }

    /// About `people` people (whole households, so up to a few more), generated from `seed`.
    public static func generate(people: Int, seed: UInt64, referenceDate: LocalDate) -> SyntheticPopulation {
        var builder = PopulationBuilder(targetPeople: people, seed: seed, referenceDate: referenceDate)
        builder.buildHouseholds()
        var population = builder.population()
        var circumstances = CircumstanceAssigner(seed: seed)
        circumstances.assign(to: &population)
        return population
    }

    /// The household a person lives in.
    public func household(of person: SyntheticPerson) -> Household { households[person.householdIndex] }

    /// The other members of a person's household.
    public func householdMembers(of person: SyntheticPerson) -> some Collection<SyntheticPerson> {
        households[person.householdIndex].members.lazy.filter { $0 != person.index }.map { people[$0] }
    }

    /// Where a person lives now.
    public func address(of person: SyntheticPerson) -> SyntheticAddress { households[person.householdIndex].address }

    /// How `person` relates to the household's children, e.g. "mother", "mother's partner".
    public func relationshipToChildren(of person: SyntheticPerson) -> String {
        relationshipToChildren(ofPersonAt: person.index)
    }

    /// How the person at `index` relates to the household's children (without copying people).
    func relationshipToChildren(ofPersonAt index: Int) -> String {
        let sex = people[index].sex
        switch people[index].role {
        case .child: return "sibling"
        case .parent: return sex == .female ? "mother" : "father"
        case .partner:
            let parent = households[people[index].householdIndex].members.first { people[$0].role == .parent }
            return parent.map { people[$0].sex == .male } == true ? "father's partner" : "mother's partner"
        case .grandparent: return sex == .female ? "grandmother" : "grandfather"
        case .lodger: return "lodger"
        case .adult: return "household member"
        }
    }
}
