/// Compares people the Fellegi-Sunter way: each field's agreement level adds its log-likelihood weight,
/// and the total becomes a probability and a decision.
public struct PersonMatcher: Sendable {
    /// Weights and thresholds.
    public let configuration: LinkageConfiguration
    /// How common each name, postcode and town is, for term-frequency adjustment; empty for none.
    public let frequencies: TermFrequencies

    /// A matcher with `configuration` (default weights and thresholds), adjusting exact agreements by
    /// `frequencies`.
    public init(configuration: LinkageConfiguration = LinkageConfiguration(), frequencies: TermFrequencies = TermFrequencies()) {
        self.configuration = configuration
        self.frequencies = frequencies
    }

    /// How `candidate` compares with `query`.
    public func compare(_ query: PersonIdentity, _ candidate: PersonIdentity) -> PersonComparison {
        PersonComparison(query: query, candidate: candidate, matcher: self)
    }
}
