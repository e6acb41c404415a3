/// What the referrer is worried about.
public struct Concern: Sendable, Hashable, Codable {
    /// The referrer's account, free text up to 10,000 characters.
    public var summary: String
    /// The kinds of harm named.
    public var categories: [ConcernCategory]
    /// A DASH checklist, when the referral follows a domestic-abuse incident.
    public var dash: DASHChecklist?
    /// Whether the referrer flagged it as urgent.
    public var urgent: Bool?
    /// The referrer's professional judgement of the level, if they gave one: it raises, never lowers.
    public var professionalJudgement: ProfessionalJudgement?

    /// A concern; the DASH checklist and urgency flag are optional.
    public init(summary: String, categories: [ConcernCategory], dash: DASHChecklist? = nil, urgent: Bool? = nil,
                professionalJudgement: ProfessionalJudgement? = nil) {
        self.summary = summary
        self.categories = categories
        self.dash = dash
        self.urgent = urgent
        self.professionalJudgement = professionalJudgement
    }
}
