/// The hub's decision on a case, with its rationale and decision maker.
public struct Decision: Sendable, Hashable, Codable {
    /// The primary outcome.
    public var outcome: OutcomeKind
    /// Further outcomes alongside it (e.g. a MARAC referral beside an s47).
    public var additionalOutcomes: [OutcomeKind]
    /// The level decided.
    public var level: Level
    /// The RAG decided.
    public var rag: RAG
    /// Why.
    public var rationale: [RationaleLine]
    /// Who decided: a practitioner or the policy that decided automatically, e.g. "policy:2026.1".
    public var decidedBy: String
    /// When.
    public var decidedAt: Timestamp
    /// Whether the decision needs (or needed) a person's sign-off before it was issued.
    public var forManagerReview: Bool
    /// Why it needs sign-off.
    public var reviewReasons: [String]
    /// On a decision a person signed: what the software had proposed.
    public var proposal: ProposedDecision?
    /// On a decision a person signed: who, how and why.
    public var signOff: SignOffNote?

    /// A decision.
    public init(outcome: OutcomeKind, additionalOutcomes: [OutcomeKind] = [], level: Level, rag: RAG,
                rationale: [RationaleLine], decidedBy: String, decidedAt: Timestamp,
                forManagerReview: Bool = false, reviewReasons: [String] = [], proposal: ProposedDecision? = nil,
                signOff: SignOffNote? = nil) {
        self.outcome = outcome
        self.additionalOutcomes = additionalOutcomes
        self.level = level
        self.rag = rag
        self.rationale = rationale
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.forManagerReview = forManagerReview
        self.reviewReasons = reviewReasons
        self.proposal = proposal
        self.signOff = signOff
    }
}
