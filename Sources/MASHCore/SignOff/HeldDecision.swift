/// The decision worker's record of one held case (topic `mash.held-decisions`, compacted, keyed by case id):
/// the proposal while it waits, then the sign-off that decided it. Workers restore it at start, so a
/// sign-off is applied once whatever restarts, and a replayed referral or assessment does not hold a
/// decided case again.
public struct HeldDecision: Sendable, Hashable {
    /// Always `mash.held-decisions/1`.
    public var schema: String
    /// The case.
    public var caseId: String
    /// Waiting for a person, or decided.
    public var status: HeldStatus
    /// The proposal held (the latest one, if the case was re-assessed while it waited).
    public var review: Review
    /// The sign-off that decided it.
    public var signOff: SignOff?
    /// SHA-256 of that sign-off's content: the same id with other content is not a replay.
    public var signOffDigest: String?
    /// The hash of the last audit record written for the case, which the next one chains from.
    public var auditHead: String?

    /// A held-decision record in the current schema.
    public init(schema: String = MessageSchema.heldDecision, caseId: String, status: HeldStatus, review: Review,
                signOff: SignOff? = nil, signOffDigest: String? = nil, auditHead: String? = nil) {
        self.schema = schema
        self.caseId = caseId
        self.status = status
        self.review = review
        self.signOff = signOff
        self.signOffDigest = signOffDigest
        self.auditHead = auditHead
    }
}

/// Where a held case stands.
public enum HeldStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Nothing issued; a person must sign off.
    case awaitingSignOff = "awaiting-sign-off"
    /// Signed off and issued.
    case signedOff = "signed-off"
}

extension HeldDecision: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, caseId, status, review, signOff, signOffDigest, auditHead
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeSchema(forKey: .schema, accepting: [MessageSchema.heldDecision])
        self.caseId = try container.decode(String.self, forKey: .caseId)
        self.status = try container.decode(HeldStatus.self, forKey: .status)
        self.review = try container.decode(Review.self, forKey: .review)
        self.signOff = try container.decodeIfPresent(SignOff.self, forKey: .signOff)
        self.signOffDigest = try container.decodeDigestIfPresent(forKey: .signOffDigest)
        self.auditHead = try container.decodeDigestIfPresent(forKey: .auditHead)
    }
}
