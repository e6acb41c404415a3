/// A person's sign-off of a held proposal (topic `mash.sign-off`, schema `mash.sign-off/1`, keyed by case id).
///
/// Confirm issues the proposal as it stands; override names the outcome to issue instead (and optionally
/// the level, RAG, further outcomes and taskings); re-rate names the level or RAG and issues the policy's
/// response to it. Always with the person's reasons.
public struct SignOff: Sendable, Hashable {
    /// Always `mash.sign-off/1`.
    public var schema: String
    /// Chosen by whoever submits it, unique per sign-off: a resend with the same id and content is a replay.
    public var signOffId: String
    /// The case.
    public var caseId: String
    /// The digest of the proposal the person saw (`Review.proposalDigest`): a sign-off of a changed proposal is stale.
    public var proposalDigest: String
    /// Confirm, override or re-rate.
    public var action: SignOffAction
    /// The person's reasons, at least a sentence.
    public var rationale: String
    /// Override: the outcome to issue.
    public var outcome: OutcomeKind?
    /// Override: further outcomes beside it; default none.
    public var additionalOutcomes: [OutcomeKind]?
    /// Override or re-rate: the level decided.
    public var level: Level?
    /// Override or re-rate: the RAG decided.
    public var rag: RAG?
    /// Override: exactly these taskings; default the policy's taskings for the outcomes.
    public var taskings: [TaskingChoice]?
    /// Who signed.
    public var signedBy: Practitioner
    /// When.
    public var signedAt: Timestamp

    /// A sign-off in the current schema.
    public init(schema: String = MessageSchema.signOff, signOffId: String, caseId: String, proposalDigest: String,
                action: SignOffAction, rationale: String, outcome: OutcomeKind? = nil, additionalOutcomes: [OutcomeKind]? = nil,
                level: Level? = nil, rag: RAG? = nil, taskings: [TaskingChoice]? = nil, signedBy: Practitioner, signedAt: Timestamp) {
        self.schema = schema
        self.signOffId = signOffId
        self.caseId = caseId
        self.proposalDigest = proposalDigest
        self.action = action
        self.rationale = rationale
        self.outcome = outcome
        self.additionalOutcomes = additionalOutcomes
        self.level = level
        self.rag = rag
        self.taskings = taskings
        self.signedBy = signedBy
        self.signedAt = signedAt
    }
}

/// One tasking a person chose on an override: who does what.
public struct TaskingChoice: Sendable, Hashable, Codable {
    /// The agency to task.
    public var recipient: Agency
    /// What it is asked to do.
    public var action: TaskingAction

    /// A choice.
    public init(recipient: Agency, action: TaskingAction) {
        self.recipient = recipient
        self.action = action
    }
}

extension SignOff: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, signOffId, caseId, proposalDigest, action, rationale, outcome, additionalOutcomes, level, rag,
             taskings, signedBy, signedAt
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeSchema(forKey: .schema, accepting: [MessageSchema.signOff])
        self.signOffId = try container.decode(String.self, forKey: .signOffId)
        self.caseId = try container.decode(String.self, forKey: .caseId)
        self.proposalDigest = try container.decode(String.self, forKey: .proposalDigest)
        self.action = try container.decode(SignOffAction.self, forKey: .action)
        self.rationale = try container.decode(String.self, forKey: .rationale)
        self.outcome = try container.decodeIfPresent(OutcomeKind.self, forKey: .outcome)
        self.additionalOutcomes = try container.decodeIfPresent([OutcomeKind].self, forKey: .additionalOutcomes)
        self.level = try container.decodeIfPresent(Level.self, forKey: .level)
        self.rag = try container.decodeIfPresent(RAG.self, forKey: .rag)
        self.taskings = try container.decodeIfPresent([TaskingChoice].self, forKey: .taskings)
        self.signedBy = try container.decode(Practitioner.self, forKey: .signedBy)
        self.signedAt = try container.decode(Timestamp.self, forKey: .signedAt)
    }
}
