/// Disagreement with a proposal or a decision, a deadline missed, and their resolution (topic
/// `mash.escalation`, schema `mash.escalation/1`, keyed by case id). A raised escalation returns the case to
/// the hub manager's queue. A person's escalation names them (`by`); the deadline watcher's names the
/// deadline missed instead (`deadline`).
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
    /// Who, for a person's escalation; nil for the deadline watcher's.
    public var by: Practitioner?
    /// The deadline missed, for the deadline watcher's escalation.
    public var deadline: MissedDeadline?
    /// When.
    public var at: Timestamp

    /// An escalation event in the current schema.
    public init(schema: String = MessageSchema.escalation, escalationId: String, caseId: String, kind: EscalationKind,
                concerning: EscalationConcern? = nil, resolves: String? = nil, text: String, by: Practitioner?, deadline: MissedDeadline? = nil,
                at: Timestamp) {
        self.schema = schema
        self.escalationId = escalationId
        self.caseId = caseId
        self.kind = kind
        self.concerning = concerning
        self.resolves = resolves
        self.text = text
        self.by = by
        self.deadline = deadline
        self.at = at
    }

    /// Who raised it, in words.
    public var raisedBy: String { by?.signature ?? "the deadline watcher" }
}

/// A deadline that passed without what it was waiting for, and who is told.
public struct MissedDeadline: Sendable, Hashable, Codable {
    /// When it was due.
    public var dueBy: Timestamp
    /// The agency that did not answer, for research; nil for the research as a whole or a decision.
    public var agency: Agency?
    /// Who the escalation goes to.
    public var escalatedTo: EscalationTier

    public init(dueBy: Timestamp, agency: Agency? = nil, escalatedTo: EscalationTier) {
        self.dueBy = dueBy
        self.agency = agency
        self.escalatedTo = escalatedTo
    }
}

/// Who a missed deadline is escalated to: first the agency's MASH lead, then the hub manager.
public enum EscalationTier: String, Sendable, Hashable, Codable, CaseIterable {
    case agencyMASHLead = "agency-mash-lead"
    case hubManager = "hub-manager"
}

/// Whether an escalation event raises disagreement or resolves it.
public enum EscalationKind: String, Sendable, Hashable, Codable, CaseIterable {
    case raised
    case resolved
}

/// What an escalation is about: what a practitioner disagrees with, or the deadline missed.
public enum EscalationConcern: String, Sendable, Hashable, Codable, CaseIterable {
    /// The proposal held for sign-off.
    case proposal
    /// The decision issued.
    case decision
    /// The agencies' research, not all in by its deadline.
    case researchDeadline = "research-deadline"
    /// A held proposal, not decided by its deadline.
    case decisionDeadline = "decision-deadline"
}

extension Escalation: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, escalationId, caseId, kind, concerning, resolves, text, by, deadline, at
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
        self.by = try container.decodeIfPresent(Practitioner.self, forKey: .by)
        self.deadline = try container.decodeIfPresent(MissedDeadline.self, forKey: .deadline)
        self.at = try container.decode(Timestamp.self, forKey: .at)
    }
}
