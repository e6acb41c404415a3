/// The Kafka topics of the pipeline, by name.
public enum PipelineTopic: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case referral = "mash.referral"
    case research = "mash.research"
    case riskAssessment = "mash.risk-assessment"
    case decision = "mash.decision"
    case taskingPolice = "mash.tasking.police"
    case taskingSocialCare = "mash.tasking.social-care"
    case taskingHealth = "mash.tasking.health"
    case outcome = "mash.outcome"
    case audit = "mash.audit"
    case deadLetter = "mash.dead-letter"
    case referralRegister = "mash.referral-register"
    case review = "mash.review"
    case signOff = "mash.sign-off"
    case heldDecisions = "mash.held-decisions"
    case escalation = "mash.escalation"
    case childHistory = "mash.child-history"
    case taskingUpdate = "mash.tasking-update"

    /// The tasking topic for an agency, or nil if the agency receives no taskings.
    public static func tasking(for agency: Agency) -> PipelineTopic? {
        switch agency {
        case .police: .taskingPolice
        case .socialCare: .taskingSocialCare
        case .health: .taskingHealth
        case .education, .probation, .housing, .domesticAbuseService: nil
        }
    }

    public var description: String { rawValue }
}
