/// A reason the risk stage raised that must be visible to the decision maker.
public enum RiskFlag: String, Sendable, Hashable, Codable, CaseIterable {
    /// DASH yes count of 14 or more.
    case maracHighRiskDASH = "marac-high-risk-dash"
    /// Escalation: 5+ incidents or 3+ crimes by the same perpetrator in 12 months.
    case maracEscalation = "marac-escalation"
    /// Suspected honour-based violence.
    case maracHonourBasedViolence = "marac-honour-based-violence"
    /// A repeat incident within 12 months of a MARAC.
    case maracRepeat = "marac-repeat"
    /// Professional judgement: the referrer's, or a DASH with attempted strangulation and threats to kill.
    case maracProfessionalJudgement = "marac-professional-judgement"
    /// The child is on a child protection plan.
    case childProtectionPlan = "child-protection-plan"
    /// The child is looked after.
    case lookedAfter = "looked-after"
    /// A re-referral within 12 months.
    case repeatReferral = "repeat-referral"
    /// The child is open to an agency.
    case openCase = "open-case"
    /// The child has been missing.
    case missingChild = "missing-child"
    /// Signs of sexual or criminal exploitation.
    case exploitation
    /// A practitioner raised the level on professional judgement.
    case professionalJudgement = "professional-judgement"

    /// Whether the flag on its own requires a MARAC referral.
    public var requiresMARAC: Bool {
        switch self {
        case .maracHighRiskDASH, .maracEscalation, .maracHonourBasedViolence, .maracRepeat, .maracProfessionalJudgement: true
        default: false
        }
    }
}
