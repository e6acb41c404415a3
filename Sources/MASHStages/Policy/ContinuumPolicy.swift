import MASHCore

/// Which census factors, alone or together, reach which level on the continuum of need.
///
/// A factor on an agency's record counts when the record is dated within `RiskLevels.historyWindowMonths`
/// of the referral, or is a plan, placement, case or supervision still open then. A factor alone sets its
/// level only from such records (screening rated the referral's own concerns); combinations also count
/// the factors the referral's concerns evidence.
public struct ContinuumPolicy: Codable, Sendable, Hashable {
    /// The least level each factor sets on its own; a factor not listed sets none.
    public var factorLevels: CodeTable<CINFactor, Level>
    /// Factors that together set a level none of them sets alone.
    public var combinations: [FactorCombination]

    /// A continuum policy.
    public init(factorLevels: CodeTable<CINFactor, Level>, combinations: [FactorCombination]) {
        self.factorLevels = factorLevels
        self.combinations = combinations
    }
}

/// Factors that together set a level: one factor from each group in `allOf`.
public struct FactorCombination: Codable, Sendable, Hashable {
    /// What practitioners call it, e.g. "toxic trio"; cited in the rationale.
    public var name: String
    /// Groups of alternatives: the combination holds when each group has a factor present.
    public var allOf: [[CINFactor]]
    /// The least level the combination sets.
    public var level: Level

    /// A combination.
    public init(name: String, allOf: [[CINFactor]], level: Level) {
        self.name = name
        self.allOf = allOf
        self.level = level
    }

    /// The factors, one per group, that make the combination hold among `present`, or nil if a group has none.
    public func match(in present: Set<CINFactor>) -> [CINFactor]? {
        guard !allOf.isEmpty else { return nil }
        var chosen: [CINFactor] = []
        for group in allOf {
            guard let factor = group.first(where: present.contains) else { return nil }
            chosen.append(factor)
        }
        return chosen
    }
}
