/// What the software proposed, kept on the decision a person signed so both stand side by side.
public struct ProposedDecision: Sendable, Hashable {
    /// The proposed primary outcome.
    public var outcome: OutcomeKind
    /// The proposed further outcomes.
    public var additionalOutcomes: [OutcomeKind]
    /// The proposed level.
    public var level: Level
    /// The proposed RAG.
    public var rag: RAG
    /// The policy that proposed it, e.g. "policy default-2026.1".
    public var proposedBy: String
    /// The digest of the proposal signed off.
    public var proposalDigest: String

    /// A proposal as recorded on a decision.
    public init(outcome: OutcomeKind, additionalOutcomes: [OutcomeKind], level: Level, rag: RAG, proposedBy: String, proposalDigest: String) {
        self.outcome = outcome
        self.additionalOutcomes = additionalOutcomes
        self.level = level
        self.rag = rag
        self.proposedBy = proposedBy
        self.proposalDigest = proposalDigest
    }
}

extension ProposedDecision: Codable {
    private enum CodingKeys: String, CodingKey {
        case outcome, additionalOutcomes, level, rag, proposedBy, proposalDigest
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.outcome = try container.decode(OutcomeKind.self, forKey: .outcome)
        self.additionalOutcomes = try container.decode([OutcomeKind].self, forKey: .additionalOutcomes)
        self.level = try container.decode(Level.self, forKey: .level)
        self.rag = try container.decode(RAG.self, forKey: .rag)
        self.proposedBy = try container.decode(String.self, forKey: .proposedBy)
        self.proposalDigest = try container.decodeDigest(forKey: .proposalDigest)
    }
}

/// A person's sign-off as recorded on the decision it issued.
public struct SignOffNote: Sendable, Hashable, Codable {
    /// The sign-off's id.
    public var signOffId: String
    /// Confirmed, overrode or re-rated.
    public var action: SignOffAction
    /// The person's reasons.
    public var rationale: String
    /// Who.
    public var signedBy: Practitioner
    /// When.
    public var signedAt: Timestamp

    /// The note of `signOff`.
    public init(_ signOff: SignOff) {
        signOffId = signOff.signOffId
        action = signOff.action
        rationale = signOff.rationale
        signedBy = signOff.signedBy
        signedAt = signOff.signedAt
    }
}
