/// One append-only record of a decision to share or not, or of a person's action: what, with whom, by whom
/// and why (topic `mash.audit`, schema `mash.audit/1`).
///
/// Tamper-evident: each record carries the hash of the case's record before it (as its writer knew it) and
/// its own hash over everything else, so an edited or removed record breaks the chain (`AuditChain`).
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
    /// The person who acted, for people's actions.
    public var by: Practitioner?
    /// The hash of the case's audit record this one follows; absent on the first its writer knew of.
    public var previousHash: String?
    /// SHA-256 of this record without its hash; set by `AuditChain.seal`.
    public var hash: String

    /// An audit record in the current schema, not yet sealed into its case's chain.
    public init(schema: String = MessageSchema.audit, auditId: String, caseId: String, action: AuditAction,
                itemId: String? = nil, owner: Agency? = nil, recipient: Agency? = nil, lawfulBasis: LawfulBasis? = nil,
                reason: String, stage: String, policyVersion: String, at: Timestamp, by: Practitioner? = nil) {
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
        self.by = by
        self.previousHash = nil
        self.hash = ""
    }
}

extension AuditRecord: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, auditId, caseId, action, itemId, owner, recipient, lawfulBasis, reason, stage, policyVersion, at, by,
             previousHash, hash
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
        self.by = try container.decodeIfPresent(Practitioner.self, forKey: .by)
        self.previousHash = try container.decodeDigestIfPresent(forKey: .previousHash)
        self.hash = try container.decodeDigest(forKey: .hash)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(auditId, forKey: .auditId)
        try container.encode(caseId, forKey: .caseId)
        try container.encode(action, forKey: .action)
        try container.encodeIfPresent(itemId, forKey: .itemId)
        try container.encodeIfPresent(owner, forKey: .owner)
        try container.encodeIfPresent(recipient, forKey: .recipient)
        try container.encodeIfPresent(lawfulBasis, forKey: .lawfulBasis)
        try container.encode(reason, forKey: .reason)
        try container.encode(stage, forKey: .stage)
        try container.encode(policyVersion, forKey: .policyVersion)
        try container.encode(at, forKey: .at)
        try container.encodeIfPresent(by, forKey: .by)
        try container.encodeIfPresent(previousHash, forKey: .previousHash)
        // An unsealed record (hash "") encodes without one: that is what the hash is computed over.
        if !hash.isEmpty { try container.encode(hash, forKey: .hash) }
    }
}
