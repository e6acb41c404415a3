import MASHCore

/// Compares people the Fellegi-Sunter way: each field's agreement level adds its log-likelihood weight,
/// and the total becomes a probability and a decision.
public struct PersonMatcher: Sendable {
    /// Weights and thresholds.
    public let configuration: LinkageConfiguration
    /// How common each name, postcode and town is, for term-frequency adjustment; empty for none.
    public let frequencies: TermFrequencies
    /// Every level's weight in bits.
    let bits: LevelBits

    /// A matcher with `configuration` (default weights and thresholds), adjusting exact agreements by
    /// `frequencies`.
    public init(configuration: LinkageConfiguration = LinkageConfiguration(), frequencies: TermFrequencies = TermFrequencies()) {
        self.configuration = configuration
        self.frequencies = frequencies
        bits = LevelBits(configuration.weights)
    }

    /// The levels and weight of a pair, without keeping the identities (for clustering and learning).
    public func score(_ query: PersonIdentity, _ candidate: PersonIdentity) -> PersonComparison.Score {
        PersonComparison.score(query, candidate, matcher: self)
    }

    /// The probability a weight stands for under this matcher's prior.
    public func probability(weight: Double) -> Double {
        configuration.thresholds.probability(weight: weight)
    }

    /// Match, possible match, or nil (not attached) for a total weight.
    public func status(weight: Double) -> MatchStatus? {
        configuration.thresholds.status(weight: weight)
    }

    /// How `candidate` compares with `query`.
    public func compare(_ query: PersonIdentity, _ candidate: PersonIdentity) -> PersonComparison {
        PersonComparison(query: query, candidate: candidate, matcher: self)
    }

    /// How `candidate` compares with `query`, already scored (by a `QueryScorer` under this matcher): the
    /// comparison `compare` gives, without scoring the pair again.
    public func compare(_ query: PersonIdentity, _ candidate: PersonIdentity, scored score: PersonComparison.Score) -> PersonComparison {
        PersonComparison(query: query, candidate: candidate, matcher: self, score: score)
    }
}
