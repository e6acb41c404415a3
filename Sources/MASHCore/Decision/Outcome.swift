/// The outcome of a case (topic `mash.outcome`, schema `mash.outcome/1`).
public struct Outcome: Sendable, Hashable {
    /// Always `mash.outcome/1`.
    public var schema: String
    /// Identifier of this outcome record (deterministic, for idempotency).
    public var outcomeId: String
    /// The case.
    public var caseId: String
    /// The referral.
    public var referralId: String
    /// When the hub received the referral.
    public var receivedAt: Timestamp
    /// The partition key.
    public var subjectKey: String
    /// The decision.
    public var decision: Decision
    /// The taskings issued.
    public var taskings: [TaskingSummary]
    /// When each stage finished.
    public var timestamps: StageTimestamps
    /// What the Children in Need census records of the contact.
    public var census: CensusReturn?

    /// An outcome in the current schema.
    public init(schema: String = MessageSchema.outcome, outcomeId: String, caseId: String, referralId: String,
                receivedAt: Timestamp, subjectKey: String, decision: Decision, taskings: [TaskingSummary],
                timestamps: StageTimestamps, census: CensusReturn? = nil) {
        self.schema = schema
        self.outcomeId = outcomeId
        self.caseId = caseId
        self.referralId = referralId
        self.receivedAt = receivedAt
        self.subjectKey = subjectKey
        self.decision = decision
        self.taskings = taskings
        self.timestamps = timestamps
        self.census = census
    }
}

extension Outcome: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, outcomeId, caseId, referralId, receivedAt, subjectKey, decision, taskings, timestamps, census
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeSchema(forKey: .schema, accepting: [MessageSchema.outcome])
        self.outcomeId = try container.decode(String.self, forKey: .outcomeId)
        self.caseId = try container.decode(String.self, forKey: .caseId)
        self.referralId = try container.decode(String.self, forKey: .referralId)
        self.receivedAt = try container.decode(Timestamp.self, forKey: .receivedAt)
        self.subjectKey = try container.decode(String.self, forKey: .subjectKey)
        self.decision = try container.decode(Decision.self, forKey: .decision)
        self.taskings = try container.decode([TaskingSummary].self, forKey: .taskings)
        self.timestamps = try container.decode(StageTimestamps.self, forKey: .timestamps)
        self.census = try container.decodeIfPresent(CensusReturn.self, forKey: .census)
    }
}
