/// A recipient agency's answer to a tasking, recorded through the partner gateway (topic
/// `mash.tasking-update`, schema `mash.tasking-update/1`, keyed by case id): it acknowledged the work, or
/// completed it. One of each per tasking; the monitoring report reads them.
public struct TaskingUpdate: Sendable, Hashable {
    /// Always `mash.tasking-update/1`.
    public var schema: String
    /// "<taskingId>/<kind>": deterministic, so a repeat of the same answer is one record.
    public var updateId: String
    /// The tasking answered.
    public var taskingId: String
    /// Its case.
    public var caseId: String
    /// Its referral.
    public var referralId: String
    /// The agency that answered: always the tasking's recipient.
    public var recipient: Agency
    /// Acknowledged or completed.
    public var kind: TaskingUpdateKind
    /// Who answered, as their partner system says.
    public var by: PartnerPerson
    /// What they add: on completion, what was done.
    public var note: String?
    /// When the hub recorded it.
    public var at: Timestamp

    /// An update in the current schema.
    public init(schema: String = MessageSchema.taskingUpdate, taskingId: String, caseId: String, referralId: String, recipient: Agency,
                kind: TaskingUpdateKind, by: PartnerPerson, note: String? = nil, at: Timestamp) {
        self.schema = schema
        updateId = "\(taskingId)/\(kind.rawValue)"
        self.taskingId = taskingId
        self.caseId = caseId
        self.referralId = referralId
        self.recipient = recipient
        self.kind = kind
        self.by = by
        self.note = note
        self.at = at
    }
}

/// What a recipient says of a tasking.
public enum TaskingUpdateKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Received and accepted: someone owns the work.
    case acknowledged
    /// Done.
    case completed
}

/// A person at a partner agency, as the partner's system names them, and the partner (gateway account)
/// that vouched for them.
public struct PartnerPerson: Sendable, Hashable, Codable {
    /// The partner's id in the gateway's partners file.
    public var partner: String
    /// Their name.
    public var name: String
    /// Their role, e.g. "Detective Sergeant, Child Abuse Investigation Team".
    public var role: String?

    public init(partner: String, name: String, role: String? = nil) {
        self.partner = partner
        self.name = name
        self.role = role
    }
}

extension TaskingUpdate: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, updateId, taskingId, caseId, referralId, recipient, kind, by, note, at
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decodeSchema(forKey: .schema, accepting: [MessageSchema.taskingUpdate])
        updateId = try container.decode(String.self, forKey: .updateId)
        taskingId = try container.decode(String.self, forKey: .taskingId)
        caseId = try container.decode(String.self, forKey: .caseId)
        referralId = try container.decode(String.self, forKey: .referralId)
        recipient = try container.decode(Agency.self, forKey: .recipient)
        kind = try container.decode(TaskingUpdateKind.self, forKey: .kind)
        by = try container.decode(PartnerPerson.self, forKey: .by)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        at = try container.decode(Timestamp.self, forKey: .at)
    }
}
