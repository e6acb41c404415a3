import MASHCore

/// The deterministic order and bounds of research results: by subject (in referral order), agency, date
/// and id, whatever order the stores answered in.
struct ResearchOrder {
    private let subjectPosition: [String: Int]

    init(subjects: [Subject]) {
        var positions: [String: Int] = [:]
        for (index, subject) in subjects.enumerated() where positions[subject.subjectId] == nil {
            positions[subject.subjectId] = index
        }
        subjectPosition = positions
    }

    /// Items without duplicates, in order; past the case's limit only the most recent are kept.
    func items(_ items: [IntelligenceItem]) -> [IntelligenceItem] {
        var seen = Set<String>()
        var unique = items.filter { seen.insert($0.itemId).inserted }
        if unique.count > StageLimits.maximumItemsPerCase {
            unique.sort { ($0.date, $1.itemId) > ($1.date, $0.itemId) }
            unique = Array(unique.prefix(StageLimits.maximumItemsPerCase))
        }
        return unique.sorted { lhs, rhs in
            let left = (position(lhs.subjectId), Self.position(lhs.owner)), right = (position(rhs.subjectId), Self.position(rhs.owner))
            if left != right { return left < right }
            return (lhs.date, lhs.itemId) < (rhs.date, rhs.itemId)
        }
    }

    /// Links in order, bounded by the case's limit.
    func links(_ links: [SubjectLink]) -> [SubjectLink] {
        let sorted = links.sorted { lhs, rhs in
            (position(lhs.subjectId), Self.position(lhs.agency), lhs.recordId) < (position(rhs.subjectId), Self.position(rhs.agency), rhs.recordId)
        }
        return Array(sorted.prefix(StageLimits.maximumLinksPerCase))
    }

    private func position(_ subjectId: String) -> Int { subjectPosition[subjectId] ?? Int.max }

    private static func position(_ agency: Agency) -> Int { Agency.allCases.firstIndex(of: agency) ?? Int.max }
}
