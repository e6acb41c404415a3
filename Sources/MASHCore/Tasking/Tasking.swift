/// Work for one agency (topics `mash.tasking.police`, `.social-care`, `.health`; schema `mash.tasking/1`).
///
/// Carries only what may go to the recipient: `informationProduct` holds shared items and
/// withheld notices, never a hub-only item's content.
public struct Tasking: Sendable, Hashable {
    /// Always `mash.tasking/1`.
    public var schema: String
    /// Identifier (deterministic, for idempotency).
    public var taskingId: String
    /// The case.
    public var caseId: String
    /// The referral.
    public var referralId: String
    /// The agency asked to act.
    public var recipient: Agency
    /// What it is asked to do.
    public var action: TaskingAction
    /// When it must be done by.
    public var dueBy: Timestamp
    /// The level decided.
    public var level: Level
    /// The RAG decided.
    public var rag: RAG
    /// Who it is about.
    public var subjects: [TaskingSubject]
    /// The concern in brief.
    public var concernSummary: String
    /// What the hub may tell the recipient.
    public var informationProduct: [ProductEntry]
    /// When each stage finished.
    public var timestamps: StageTimestamps

    /// A tasking in the current schema.
    public init(schema: String = MessageSchema.tasking, taskingId: String, caseId: String, referralId: String,
                recipient: Agency, action: TaskingAction, dueBy: Timestamp, level: Level, rag: RAG,
                subjects: [TaskingSubject], concernSummary: String, informationProduct: [ProductEntry],
                timestamps: StageTimestamps) {
        self.schema = schema
        self.taskingId = taskingId
        self.caseId = caseId
        self.referralId = referralId
        self.recipient = recipient
        self.action = action
        self.dueBy = dueBy
        self.level = level
        self.rag = rag
        self.subjects = subjects
        self.concernSummary = concernSummary
        self.informationProduct = informationProduct
        self.timestamps = timestamps
    }

    /// The topic this tasking goes to, or nil if the recipient has no tasking topic.
    public var topic: PipelineTopic? { PipelineTopic.tasking(for: recipient) }
}

extension Tasking: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, taskingId, caseId, referralId, recipient, action, dueBy, level, rag, subjects,
             concernSummary, informationProduct, timestamps
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeSchema(forKey: .schema, accepting: [MessageSchema.tasking])
        self.taskingId = try container.decode(String.self, forKey: .taskingId)
        self.caseId = try container.decode(String.self, forKey: .caseId)
        self.referralId = try container.decode(String.self, forKey: .referralId)
        self.recipient = try container.decode(Agency.self, forKey: .recipient)
        self.action = try container.decode(TaskingAction.self, forKey: .action)
        self.dueBy = try container.decode(Timestamp.self, forKey: .dueBy)
        self.level = try container.decode(Level.self, forKey: .level)
        self.rag = try container.decode(RAG.self, forKey: .rag)
        self.subjects = try container.decode([TaskingSubject].self, forKey: .subjects)
        self.concernSummary = try container.decode(String.self, forKey: .concernSummary)
        self.informationProduct = try container.decode([ProductEntry].self, forKey: .informationProduct)
        self.timestamps = try container.decode(StageTimestamps.self, forKey: .timestamps)
    }
}
