import MASHCore

/// Domestic abuse in a household: who harms whom, how often and how seriously.
public struct DomesticAbuseSituation: Sendable, Hashable {
    /// The person harmed (an index into the population's people).
    public var victim: Int
    /// The person harming them (may live in another household: an ex-partner).
    public var perpetrator: Int
    /// Whether the perpetrator lives elsewhere.
    public var perpetratorLivesElsewhere: Bool
    /// Incidents reported to police in the 12 months before the extract.
    public var incidentsInLastYear: Int
    /// Incidents reported one to three years before the extract.
    public var earlierIncidents: Int
    /// The DASH band the incidents usually score in.
    public var riskBand: DASHRiskLevel
    /// Whether the victim's case went to MARAC.
    public var maracCase: Bool
    /// Whether a domestic-abuse service supports the victim.
    public var supportedByService: Bool
}
