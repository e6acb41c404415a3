/// Disagreement with a proposal or a decision, and its resolution (topic `mash.escalation`, schema
/// `mash.escalation/1`, keyed by case id). A raised escalation returns the case to the hub manager's queue.
public struct Escalation: Sendable, Hashable {
    /// Always `mash.escalation/1`.
    public var schema: String
    /// Unique per event.
    public var escalationId: String
    /// The case.
    public var caseId: String
    /// Raised or resolved.
    public var kind: EscalationKind
    /// Raised: what is disagreed with.
    public var concerning: EscalationConcern?
    /// Resolved: the escalation it resolves.
    public var resolves: String?
    /// The reasons for disagreeing, or how it was resolved.
    public var text: String
    /// Who.
    public var by: Practitioner
    /// When.
    public var at: Timestamp

    /// An escalation event in the current schema.
    public init(schema: String = MessageSchema.escalation, escalationId: String, caseId: String, kind: EscalationKind,
                concerning: EscalationConcern? = nil, resolves: String? = nil, text: String, by: Practitioner, at: Timestamp) {
        self.schema = schema
        self.escalationId = escalationId
        self.caseId = caseId
        self.kind = kind
        self.concerning = concerning
        self.resolves = resolves
        self.text = text
        self.by = by
        self.at = at
    }
}

/// Whether an escalation event raises disagreement or resolves it.
public enum EscalationKind: String, Sendable, Hashable, Codable, CaseIterable {
    case raised
    case resolved
}

/// What a practitioner disagrees with.
public enum EscalationConcern: String, Sendable, Hashable, Codable, CaseIterable {
    /// The proposal held for sign-off.
    case proposal
    /// The decision issued.
    case decision
}

extension Escalation: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, escalationId, caseId, kind, concerning, resolves, text, by, at
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeSchema(forKey: .schema, accepting: [MessageSchema.escalation])
        self.escalationId = try container.decode(String.self, forKey: .escalationId)
        self.caseId = try container.decode(String.self, forKey: .caseId)
        self.kind = try container.decode(EscalationKind.self, forKey: .kind)
        self.concerning = try container.decodeIfPresent(EscalationConcern.self, forKey: .concerning)
        self.resolves = try container.decodeIfPresent(String.self, forKey: .resolves)
        self.text = try container.decode(String.self, forKey: .text)
        self.by = try container.decode(Practitioner.self, forKey: .by)
        self.at = try container.decode(Timestamp.self, forKey: .at)
    }
}
