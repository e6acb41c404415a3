/// Compares people the Fellegi-Sunter way: each field's agreement level adds its log-likelihood weight,
/// and the total becomes a probability and a decision.
public struct PersonMatcher: Sendable {
    /// Weights and thresholds.
    public let configuration: LinkageConfiguration

    /// A matcher with `configuration` (default weights and thresholds).
    public init(configuration: LinkageConfiguration = LinkageConfiguration()) {
        self.configuration = configuration
    }

    /// How `candidate` compares with `query`.
    public func compare(_ query: PersonIdentity, _ candidate: PersonIdentity) -> PersonComparison {
        PersonComparison(query: query, candidate: candidate, matcher: self)
    }
}
