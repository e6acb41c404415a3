/// The hub's memory of one referral about a child (topic `mash.child-history`, schema `mash.child-history/1`,
/// compacted, keyed by the child's partition key and the case id): written when the referral is accepted and
/// again when its outcome is issued, each time whole, so the latest is all there is to know. The referral
/// worker keeps a copy, so a re-referral is recognised from the hub's own history across restarts, topic
/// retention and copies of every worker.
public struct ChildHistoryEntry: Sendable, Hashable {
    /// Always `mash.child-history/1`.
    public var schema: String
    /// The child's partition key (a keyed hash: no name or date of birth).
    public var subjectKey: String
    /// The referral as remembered.
    public var referral: PreviousReferral

    public init(schema: String = MessageSchema.childHistory, subjectKey: String, referral: PreviousReferral) {
        self.schema = schema
        self.subjectKey = subjectKey
        self.referral = referral
    }

    /// The entry's Kafka key: one per child and case.
    public var key: String { "\(subjectKey)|\(referral.caseId)" }
}

extension ChildHistoryEntry: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, subjectKey, referral
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeSchema(forKey: .schema, accepting: [MessageSchema.childHistory])
        self.subjectKey = try container.decode(String.self, forKey: .subjectKey)
        self.referral = try container.decode(PreviousReferral.self, forKey: .referral)
    }
}
