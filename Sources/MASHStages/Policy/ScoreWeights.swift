import MASHCore

/// The weights of the risk score, a simple sum used to sort work queues:
/// `perLevel × level + perFactor × census factors + Σ flag weights`.
public struct ScoreWeights: Codable, Sendable, Hashable {
    /// Points per level on the continuum of need (1-4).
    public var perLevel: Int
    /// Points per census factor identified.
    public var perFactor: Int
    /// Points per flag raised.
    public var flags: CodeTable<RiskFlag, Int>

    /// Score weights.
    public init(perLevel: Int, perFactor: Int, flags: CodeTable<RiskFlag, Int>) {
        self.perLevel = perLevel
        self.perFactor = perFactor
        self.flags = flags
    }

    /// The score of an assessment; saturates rather than overflowing whatever the weights.
    public func score(level: Level, factorCount: Int, flags raised: [RiskFlag]) -> Int {
        var sum = Self.saturatingMultiply(perLevel, level.rawValue)
        sum = Self.saturatingAdd(sum, Self.saturatingMultiply(perFactor, factorCount))
        for flag in raised { sum = Self.saturatingAdd(sum, flags[flag] ?? 0) }
        return sum
    }

    private static func saturatingAdd(_ lhs: Int, _ rhs: Int) -> Int {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        return overflow ? (rhs < 0 ? .min : .max) : sum
    }

    private static func saturatingMultiply(_ lhs: Int, _ rhs: Int) -> Int {
        let (product, overflow) = lhs.multipliedReportingOverflow(by: rhs)
        return overflow ? ((lhs < 0) != (rhs < 0) ? .min : .max) : product
    }
}
