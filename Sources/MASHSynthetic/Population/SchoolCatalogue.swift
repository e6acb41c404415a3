/// The town's fictional schools: about one primary per 1,500 residents and one secondary per 5,000.
struct SchoolCatalogue {
    /// Primaries first, then secondaries.
    let all: [SyntheticSchool]
    private let primaryCount: Int
    private let secondaryCount: Int

    private static let primaryStyles = ["Primary School", "Community Primary School", "Junior and Infant School", "C of E Primary School", "Primary Academy"]
    private static let secondaryStyles = ["High School", "Academy", "Secondary School", "School and Sixth Form"]

    init(people: Int, random: inout SeededRandom) {
        primaryCount = max(3, min(1_999, people / 1_500))
        secondaryCount = max(2, min(999, people / 5_000))
        let roots = StreetCatalogue.roots
        let rootOffset = random.below(roots.count)
        var schools: [SyntheticSchool] = []
        for index in 0..<primaryCount {
            let root = roots[(index + rootOffset) % roots.count]
            let style = Self.primaryStyles[(index / roots.count) % Self.primaryStyles.count]
            let suffix = index >= roots.count * Self.primaryStyles.count ? " \(index / (roots.count * Self.primaryStyles.count) + 1)" : ""
            schools.append(SyntheticSchool(name: "\(root) \(style)\(suffix)", establishment: 2000 + index, isPrimary: true))
        }
        for index in 0..<secondaryCount {
            let locality = StreetCatalogue.localities[index % StreetCatalogue.localities.count]
            let style = Self.secondaryStyles[(index / StreetCatalogue.localities.count) % Self.secondaryStyles.count]
            let suffix = index >= StreetCatalogue.localities.count * Self.secondaryStyles.count ? " \(index / (StreetCatalogue.localities.count * Self.secondaryStyles.count) + 1)" : ""
            schools.append(SyntheticSchool(name: "\(locality) \(style)\(suffix)", establishment: 4000 + index, isPrimary: false))
        }
        all = schools
    }

    func primaryIndex(forHousehold household: Int) -> Int { household % primaryCount }

    func secondaryIndex(forHousehold household: Int) -> Int { primaryCount + household % secondaryCount }
}
