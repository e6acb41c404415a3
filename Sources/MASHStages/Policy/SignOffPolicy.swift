import MASHCore

/// Which proposed decisions a person must sign off before anything is issued, and by when.
///
/// A child-protection response (s47 strategy discussion, police investigation) is always held, whatever
/// this says: software may propose it, never issue it alone.
public struct SignOffPolicy: Codable, Sendable, Hashable {
    /// Every decision needs a person.
    public var everyDecision: Bool
    /// Every decision at or above this level.
    public var fromLevel: Level
    /// Every decision on a Red case.
    public var red: Bool
    /// A referral that screened at or below this RAG...
    public var conflictScreenedAtMost: RAG
    /// ...but was assessed at or above this level on agencies' records: conflicting indications.
    public var conflictAssessedAtLeast: Level
    /// A decision at or above this level made while an agency has not responded.
    public var missingResponseFromLevel: Level
    /// A decision whose rationale cites an item matched with less confidence than this.
    public var possibleMatchBelow: Double
    /// A decision on a case whose family refused consent, or whose refusal was overridden.
    public var consentRefusedOrOverridden: Bool
    /// A decision whose level rests on the referrer's professional judgement.
    public var professionalJudgement: Bool
    /// A referral routed to the allocated worker of an open case while the case is Red.
    public var allocatedWorkerWhenRed: Bool
    /// When a held decision is due, from the hub's receipt of the referral, by the proposal's RAG.
    public var decisionDue: RAGDeadlines

    /// A sign-off policy.
    public init(everyDecision: Bool, fromLevel: Level, red: Bool, conflictScreenedAtMost: RAG, conflictAssessedAtLeast: Level,
                missingResponseFromLevel: Level, possibleMatchBelow: Double, consentRefusedOrOverridden: Bool,
                professionalJudgement: Bool, allocatedWorkerWhenRed: Bool, decisionDue: RAGDeadlines) {
        self.everyDecision = everyDecision
        self.fromLevel = fromLevel
        self.red = red
        self.conflictScreenedAtMost = conflictScreenedAtMost
        self.conflictAssessedAtLeast = conflictAssessedAtLeast
        self.missingResponseFromLevel = missingResponseFromLevel
        self.possibleMatchBelow = possibleMatchBelow
        self.consentRefusedOrOverridden = consentRefusedOrOverridden
        self.professionalJudgement = professionalJudgement
        self.allocatedWorkerWhenRed = allocatedWorkerWhenRed
        self.decisionDue = decisionDue
    }

    /// The outcomes software may never issue alone.
    public static let childProtectionOutcomes: Set<OutcomeKind> = [.s47StrategyDiscussion, .policeInvestigation]
}
