/// One append-only record of a decision to share or not: what, with whom and why
/// (topic `mash.audit`, schema `mash.audit/1`).
public struct AuditRecord: Sendable, Hashable {
    /// Always `mash.audit/1`.
    public var schema: String
    /// Identifier (deterministic, for idempotency).
    public var auditId: String
    /// The case.
    public var caseId: String
    /// What happened.
    public var action: AuditAction
    /// The item concerned, for shares and withholdings.
    public var itemId: String?
    /// The item's owner.
    public var owner: Agency?
    /// The agency it was shared with or withheld from.
    public var recipient: Agency?
    /// The lawful basis relied on.
    public var lawfulBasis: LawfulBasis?
    /// Why.
    public var reason: String
    /// The stage that acted, e.g. "decision".
    public var stage: String
    /// The version of the sharing policy applied.
    public var policyVersion: String
    /// When.
    public var at: Timestamp

    /// An audit record in the current schema.
    public init(schema: String = MessageSchema.audit, auditId: String, caseId: String, action: AuditAction,
                itemId: String? = nil, owner: Agency? = nil, recipient: Agency? = nil, lawfulBasis: LawfulBasis? = nil,
                reason: String, stage: String, policyVersion: String, at: Timestamp) {
        self.schema = schema
        self.auditId = auditId
        self.caseId = caseId
        self.action = action
        self.itemId = itemId
        self.owner = owner
        self.recipient = recipient
        self.lawfulBasis = lawfulBasis
        self.reason = reason
        self.stage = stage
        self.policyVersion = policyVersion
        self.at = at
    }
}

extension AuditRecord: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, auditId, caseId, action, itemId, owner, recipient, lawfulBasis, reason, stage, policyVersion, at
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeSchema(forKey: .schema, accepting: [MessageSchema.audit])
        self.auditId = try container.decode(String.self, forKey: .auditId)
        self.caseId = try container.decode(String.self, forKey: .caseId)
        self.action = try container.decode(AuditAction.self, forKey: .action)
        self.itemId = try container.decodeIfPresent(String.self, forKey: .itemId)
        self.owner = try container.decodeIfPresent(Agency.self, forKey: .owner)
        self.recipient = try container.decodeIfPresent(Agency.self, forKey: .recipient)
        self.lawfulBasis = try container.decodeIfPresent(LawfulBasis.self, forKey: .lawfulBasis)
        self.reason = try container.decode(String.self, forKey: .reason)
        self.stage = try container.decode(String.self, forKey: .stage)
        self.policyVersion = try container.decode(String.self, forKey: .policyVersion)
        self.at = try container.decode(Timestamp.self, forKey: .at)
    }
}
