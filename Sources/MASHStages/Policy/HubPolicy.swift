import MASHCore

/// The hub's agreed thresholds and responses: every number the stages decide by.
///
/// A plain Codable value tree, kept in a YAML file (`policy/default.yaml` documents every line; see
/// `HubPolicy.load(contentsOf:)`), so a hub can replay history through a changed policy. `version` is
/// recorded on every decision and audit record it produced.
public struct HubPolicy: Codable, Sendable, Hashable {
    /// Names this policy on decisions and audit records, e.g. "default-2026.1".
    public var version: String
    /// The hub's working hours, for deadlines counted in working hours.
    public var calendar: WorkingCalendar
    /// Research deadlines per RAG, and per agency where they differ.
    public var researchDeadlines: ResearchDeadlines
    /// Initial rating at the referral stage.
    public var screening: ScreeningPolicy
    /// The census factors and combinations that reach each level.
    public var continuum: ContinuumPolicy
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
    /// Which proposed decisions a person must sign off, and by when.
    public var signOff: SignOffPolicy
    /// What may leave the hub, to whom, and when consent is needed.
    public var sharing: SharingPolicy
    /// Who the deadline watcher tells when a deadline passes; a file without it takes the default.
    public var deadlineEscalation: DeadlineEscalationPolicy?

    /// A policy; see `HubPolicy.default` for the values each part usually holds.
    public init(
        version: String, calendar: WorkingCalendar, researchDeadlines: ResearchDeadlines, screening: ScreeningPolicy,
        continuum: ContinuumPolicy, dash: DASHThresholds, escalation: EscalationThresholds, riskLevels: RiskLevels,
        score: ScoreWeights, outcomes: LevelOutcomes, healthFollowUp: HealthFollowUpPolicy, taskings: [TaskingRule],
        signOff: SignOffPolicy, sharing: SharingPolicy, deadlineEscalation: DeadlineEscalationPolicy? = .default
    ) {
        self.version = version
        self.calendar = calendar
        self.researchDeadlines = researchDeadlines
        self.screening = screening
        self.continuum = continuum
        self.dash = dash
        self.escalation = escalation
        self.riskLevels = riskLevels
        self.score = score
        self.outcomes = outcomes
        self.healthFollowUp = healthFollowUp
        self.taskings = taskings
        self.signOff = signOff
        self.sharing = sharing
        self.deadlineEscalation = deadlineEscalation
    }

    /// "policy <version>": who decided, for automatic decisions.
    public var decisionMaker: String { "policy \(version)" }

    /// Where `item` may go outside the hub: its own disclosure, narrowed by every rule that covers it.
    public func disclosure(of item: IntelligenceItem) -> Disclosure {
        sharing.disclosureRules.overrides.filter { $0.covers(item) }.reduce(item.disclosure) { $1.narrowing($0) }
    }

    /// How long an allocated worker has to take up a referral routed to them: social care's research deadline
    /// for the rating (a Blue rating has none, but an update to a worker must still fall due: the longest the
    /// hub sets).
    public func allocatedWorkerDeadline(rag: RAG) -> Deadline {
        researchDeadlines.deadline(for: rag, agency: .socialCare) ?? researchDeadlines.longest ?? .clockHours(0)
    }

    /// When `deadline` runs out, counted from `start` on a case rated `rag` in this hub's calendar.
    public func due(after start: Timestamp, _ deadline: Deadline, rag: RAG) -> Timestamp {
        calendar.due(after: start, deadline, rag: rag)
    }
}
