/// A referral id the hub has accepted, and the digest of the bytes it came in (topic
/// `mash.referral-register`, compacted by referral id).
///
/// It lets the referral stage tell a resend of the same referral (same digest: processed again, with the
/// same idempotency keys, so nothing is acted on twice) from a different referral reusing an id (refused).
public struct ReferralRegistration: Sendable, Hashable {
    /// Always `mash.referral-register/1`.
    public var schema: String
    public var referralId: String
    /// The case the referral opened.
    public var caseId: String
    /// SHA-256 of the referral's bytes as received, hex.
    public var digest: String

    public init(referralId: String, caseId: String, digest: String) {
        schema = MessageSchema.referralRegistration
        self.referralId = referralId
        self.caseId = caseId
        self.digest = digest
    }
}

extension ReferralRegistration: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, referralId, caseId, digest
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decodeSchema(forKey: .schema, accepting: [MessageSchema.referralRegistration])
        referralId = try container.decode(String.self, forKey: .referralId)
        caseId = try container.decode(String.self, forKey: .caseId)
        digest = try container.decodeDigest(forKey: .digest)
    }
}
