import MASHCore

/// DASH "yes" counts as they fall in practice: most 2-9, some 10-13, a few 14 or more.
enum DASHScores {
    private static let standard = WeightedTable<Int>([(2, 8), (3, 12), (4, 14), (5, 14), (6, 12), (7, 10), (8, 8), (9, 6)])

    /// A yes count in `band`.
    static func yesCount(in band: DASHRiskLevel, random: inout SeededRandom) -> Int {
        switch band {
        case .standard: standard.pick(using: &random)
        case .medium: 10 + random.below(4)
        case .high: 14 + random.below(4) + random.below(4)
        }
    }

    /// A yes count for one incident in a household whose incidents usually score in `band`: sometimes a band lower.
    static func incidentYesCount(usualBand band: DASHRiskLevel, random: inout SeededRandom) -> Int {
        let lower: DASHRiskLevel = band == .high ? .medium : .standard
        return yesCount(in: random.chance(0.3) ? lower : band, random: &random)
    }

    /// How the band reads in a summary.
    static func describe(_ yesCount: Int) -> String {
        switch DASHRiskLevel(yesCount: yesCount) {
        case .standard: "standard risk"
        case .medium: "medium risk"
        case .high: "high risk"
        }
    }
}
