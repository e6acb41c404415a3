/// A referral as a partner sends it to the hub (topic `mash.referral`, schema `mash.referral/1`).
public struct Referral: Sendable, Hashable {
    /// Always `mash.referral/1`.
    public var schema: String
    /// The sender's identifier for the referral: 1-64 of letters, digits, '-', '_', '/'.
    public var referralId: String
    /// When the hub received it.
    public var receivedAt: Timestamp
    /// Who made it (census referral source).
    public var source: ReferralSource
    /// The person who made it.
    public var referrer: Referrer
    /// What they are worried about.
    public var concern: Concern
    /// The people named: at least one child.
    public var subjects: [Subject]
    /// Consent for partner checks.
    public var consent: Consent

    /// A referral in the current schema.
    public init(
        schema: String = MessageSchema.referral, referralId: String, receivedAt: Timestamp,
        source: ReferralSource, referrer: Referrer, concern: Concern, subjects: [Subject], consent: Consent
    ) {
        self.schema = schema
        self.referralId = referralId
        self.receivedAt = receivedAt
        self.source = source
        self.referrer = referrer
        self.concern = concern
        self.subjects = subjects
        self.consent = consent
    }

    /// The first subject whose role is child.
    public var firstChild: Subject? { subjects.first { $0.role == .child } }
}

extension Referral: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, referralId, receivedAt, source, referrer, concern, subjects, consent
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeSchema(forKey: .schema, accepting: [MessageSchema.referral])
        self.referralId = try container.decode(String.self, forKey: .referralId)
        self.receivedAt = try container.decode(Timestamp.self, forKey: .receivedAt)
        self.source = try container.decode(ReferralSource.self, forKey: .source)
        self.referrer = try container.decode(Referrer.self, forKey: .referrer)
        self.concern = try container.decode(Concern.self, forKey: .concern)
        self.subjects = try container.decode([Subject].self, forKey: .subjects)
        self.consent = try container.decode(Consent.self, forKey: .consent)
    }
}
