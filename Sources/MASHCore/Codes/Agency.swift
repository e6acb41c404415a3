/// A partner agency in the hub.
public enum Agency: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case police
    case socialCare = "social-care"
    case health
    case education
    case probation
    case housing
    case domesticAbuseService = "domestic-abuse-service"

    /// The name people use for the agency, e.g. "Children's Social Care".
    public var displayName: String {
        switch self {
        case .police: "Police"
        case .socialCare: "Children's Social Care"
        case .health: "Health"
        case .education: "Education"
        case .probation: "Probation"
        case .housing: "Housing"
        case .domesticAbuseService: "Domestic Abuse Service"
        }
    }

    public var description: String { displayName }
}
