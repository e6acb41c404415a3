/// How people are matched: the field weights and the thresholds that turn probabilities into decisions.
public struct LinkageConfiguration: Sendable, Hashable {
    /// Field comparison weights. Default `MatchWeights()`.
    public var weights = MatchWeights()
    /// Decision thresholds. Default `MatchThresholds()` (possible match 0.9, match 0.99).
    public var thresholds = MatchThresholds()

    /// The default configuration.
    public init() {}

    /// A configuration with these parts.
    public init(weights: MatchWeights = MatchWeights(), thresholds: MatchThresholds = MatchThresholds()) {
        self.weights = weights
        self.thresholds = thresholds
    }
}
