/// A proposed decision held for a person (topic `mash.review`, schema `mash.review/1`, keyed by subject key):
/// nothing goes to the tasking topics or `mash.outcome` for the case until someone signs it off.
public struct Review: Sendable, Hashable {
    /// Always `mash.review/1`.
    public var schema: String
    /// "<caseId>/review/<first 12 digits of the proposal digest>": one per proposal.
    public var reviewId: String
    /// The case.
    public var caseId: String
    /// The referral.
    public var referralId: String
    /// When the hub received the referral.
    public var receivedAt: Timestamp
    /// The partition key.
    public var subjectKey: String
    /// SHA-256 of the proposal (outcomes, level, RAG, rationale, reasons held, taskings and what each carries):
    /// a sign-off names it, so one made against an older proposal is refused as stale.
    public var proposalDigest: String
    /// The decision the software proposes.
    public var decision: Decision
    /// The taskings it would issue, each carrying only what may go to its recipient.
    public var taskings: [Tasking]
    /// Why a person must decide.
    public var heldBecause: [String]
    /// When the decision is due under the policy.
    public var dueBy: Timestamp
    /// The case as the proposal saw it.
    public var caseFile: CaseFile
    /// When it was held.
    public var heldAt: Timestamp

    /// A review in the current schema.
    public init(schema: String = MessageSchema.review, reviewId: String, caseId: String, referralId: String,
                receivedAt: Timestamp, subjectKey: String, proposalDigest: String, decision: Decision, taskings: [Tasking],
                heldBecause: [String], dueBy: Timestamp, caseFile: CaseFile, heldAt: Timestamp) {
        self.schema = schema
        self.reviewId = reviewId
        self.caseId = caseId
        self.referralId = referralId
        self.receivedAt = receivedAt
        self.subjectKey = subjectKey
        self.proposalDigest = proposalDigest
        self.decision = decision
        self.taskings = taskings
        self.heldBecause = heldBecause
        self.dueBy = dueBy
        self.caseFile = caseFile
        self.heldAt = heldAt
    }
}

extension Review: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, reviewId, caseId, referralId, receivedAt, subjectKey, proposalDigest, decision, taskings, heldBecause,
             dueBy, caseFile, heldAt
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeSchema(forKey: .schema, accepting: [MessageSchema.review])
        self.reviewId = try container.decode(String.self, forKey: .reviewId)
        self.caseId = try container.decode(String.self, forKey: .caseId)
        self.referralId = try container.decode(String.self, forKey: .referralId)
        self.receivedAt = try container.decode(Timestamp.self, forKey: .receivedAt)
        self.subjectKey = try container.decode(String.self, forKey: .subjectKey)
        self.proposalDigest = try container.decodeDigest(forKey: .proposalDigest)
        self.decision = try container.decode(Decision.self, forKey: .decision)
        self.taskings = try container.decode([Tasking].self, forKey: .taskings)
        self.heldBecause = try container.decode([String].self, forKey: .heldBecause)
        self.dueBy = try container.decode(Timestamp.self, forKey: .dueBy)
        self.caseFile = try container.decode(CaseFile.self, forKey: .caseFile)
        self.heldAt = try container.decode(Timestamp.self, forKey: .heldAt)
    }
}
