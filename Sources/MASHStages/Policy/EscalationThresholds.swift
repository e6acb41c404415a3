/// When repeated domestic abuse escalates to a MARAC referral regardless of the DASH score.
public struct EscalationThresholds: Codable, Sendable, Hashable {
    /// Domestic-abuse incidents by the same perpetrator within the window that escalate.
    public var incidentsBySamePerpetrator: Int
    /// Crimes by the same perpetrator within the window that escalate.
    public var crimesBySamePerpetrator: Int
    /// The window, in calendar months before the referral was received.
    public var windowMonths: Int

    /// Escalation thresholds.
    public init(incidentsBySamePerpetrator: Int, crimesBySamePerpetrator: Int, windowMonths: Int) {
        self.incidentsBySamePerpetrator = incidentsBySamePerpetrator
        self.crimesBySamePerpetrator = crimesBySamePerpetrator
        self.windowMonths = windowMonths
    }
}
