/// What the agencies returned for a case by the research deadline.
public struct ResearchResult: Sendable, Hashable, Codable {
    /// Agencies asked.
    public var agenciesQueried: [Agency]
    /// Agencies that missed the deadline: the case proceeds with "no response from X" recorded.
    public var noResponseFrom: [Agency]
    /// The records returned.
    public var items: [IntelligenceItem]
    /// The person matches behind them.
    public var links: [SubjectLink]
    /// Agencies not searched because consent limits research (see `Screening.searchOnly`); absent when none.
    public var notSearched: [Agency]?

    /// A research result.
    public init(agenciesQueried: [Agency], noResponseFrom: [Agency] = [], items: [IntelligenceItem], links: [SubjectLink],
                notSearched: [Agency]? = nil) {
        self.agenciesQueried = agenciesQueried
        self.noResponseFrom = noResponseFrom
        self.items = items
        self.links = links
        self.notSearched = notSearched?.isEmpty == true ? nil : notSearched
    }
}
