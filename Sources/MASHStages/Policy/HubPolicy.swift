import MASHCore

/// The hub's agreed thresholds and responses: every number the stages decide by.
///
/// A plain Codable value tree, so a hub can keep it in a file (YAML or JSON) and replay history through
/// a changed policy. `version` is recorded on every decision and audit record it produced.
public struct HubPolicy: Codable, Sendable, Hashable {
    /// Names this policy on decisions and audit records, e.g. "default-2026.1".
    public var version: String
    /// Research deadlines per RAG.
    public var researchDeadlines: ResearchDeadlines
    /// Initial rating at the referral stage.
    public var screening: ScreeningPolicy
    /// DASH risk bands.
    public var dash: DASHThresholds
    /// MARAC escalation on repeated domestic abuse.
    public var escalation: EscalationThresholds
    /// The least level each risk rule sets, and its look-back window.
    public var riskLevels: RiskLevels
    /// The risk score's weights.
    public var score: ScoreWeights
    /// The response per level.
    public var outcomes: LevelOutcomes
    /// When a health follow-up is added.
    public var healthFollowUp: HealthFollowUpPolicy
    /// The taskings each outcome sets off.
    public var taskings: [TaskingRule]
    /// When a decision goes to a manager.
    public var managerReview: ManagerReviewPolicy
    /// From this level (child protection), items are shared without the family's consent; below it only
    /// with consent given or overridden.
    public var sharingWithoutConsentFromLevel: Level
    /// Owners' hub-wide restrictions on their items; items otherwise carry their own disclosure.
    public var disclosureOverrides: [DisclosureOverride]

    /// A policy; see `HubPolicy.default` for the values each part usually holds.
    public init(
        version: String, researchDeadlines: ResearchDeadlines, screening: ScreeningPolicy, dash: DASHThresholds,
        escalation: EscalationThresholds, riskLevels: RiskLevels, score: ScoreWeights, outcomes: LevelOutcomes,
        healthFollowUp: HealthFollowUpPolicy, taskings: [TaskingRule], managerReview: ManagerReviewPolicy,
        sharingWithoutConsentFromLevel: Level, disclosureOverrides: [DisclosureOverride]
    ) {
        self.version = version
        self.researchDeadlines = researchDeadlines
        self.screening = screening
        self.dash = dash
        self.escalation = escalation
        self.riskLevels = riskLevels
        self.score = score
        self.outcomes = outcomes
        self.healthFollowUp = healthFollowUp
        self.taskings = taskings
        self.managerReview = managerReview
        self.sharingWithoutConsentFromLevel = sharingWithoutConsentFromLevel
        self.disclosureOverrides = disclosureOverrides
    }

    /// "policy <version>": who decided, for automatic decisions.
    public var decisionMaker: String { "policy \(version)" }

    /// Where `item` may go outside the hub: its own disclosure, narrowed by any override that covers it.
    public func disclosure(of item: IntelligenceItem) -> Disclosure {
        disclosureOverrides.filter { $0.covers(item) }.reduce(item.disclosure) { $1.narrowing($0) }
    }
}
