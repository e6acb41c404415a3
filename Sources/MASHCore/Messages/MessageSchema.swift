/// The `schema` value each message carries, naming its shape and version.
public enum MessageSchema {
    /// `mash.referral/1`: what a partner sends in.
    public static let referral = "mash.referral/1"
    /// `mash.research/1`: a screened case waiting for agency research.
    public static let research = "mash.research/1"
    /// `mash.risk-assessment/1`: a researched case waiting for assessment.
    public static let riskAssessment = "mash.risk-assessment/1"
    /// `mash.decision/1`: an assessed case waiting for a decision.
    public static let decision = "mash.decision/1"
    /// `mash.outcome/1`: the decision on a case.
    public static let outcome = "mash.outcome/1"
    /// `mash.tasking/1`: work for one agency.
    public static let tasking = "mash.tasking/1"
    /// `mash.audit/1`: one append-only audit record.
    public static let audit = "mash.audit/1"
    /// `mash.referral-register/1`: a referral id the hub has accepted, with the digest of its bytes.
    public static let referralRegistration = "mash.referral-register/1"
    /// `mash.review/1`: a proposed decision held for a person's sign-off.
    public static let review = "mash.review/1"
    /// `mash.sign-off/1`: a person's sign-off of a held proposal.
    public static let signOff = "mash.sign-off/1"
    /// `mash.held-decisions/1`: the decision worker's record of a held case.
    public static let heldDecision = "mash.held-decisions/1"
    /// `mash.child-history/1`: the hub's memory of one referral about a child.
    public static let childHistory = "mash.child-history/1"
    /// `mash.escalation/1`: disagreement with a proposal or decision, or its resolution.
    public static let escalation = "mash.escalation/1"
    /// `mash.tasking-update/1`: a recipient agency acknowledged or completed a tasking.
    public static let taskingUpdate = "mash.tasking-update/1"
}

extension KeyedDecodingContainer {
    /// Decodes the `schema` string and rejects any value not in `accepted`.
    func decodeSchema(forKey key: Key, accepting accepted: [String]) throws -> String {
        let schema = try decode(String.self, forKey: key)
        guard accepted.contains(schema) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "schema \"\(schema.prefix(64))\" is not \(accepted.joined(separator: " or "))"
            )
        }
        return schema
    }

    /// Decodes a SHA-256 digest: 64 lowercase hex digits.
    func decodeDigest(forKey key: Key) throws -> String {
        let digest = try decode(String.self, forKey: key)
        guard digest.utf8.count == 64, digest.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "must be 64 lowercase hex digits")
        }
        return digest
    }

    /// Decodes a SHA-256 digest if the key is present.
    func decodeDigestIfPresent(forKey key: Key) throws -> String? {
        contains(key) ? try decodeDigest(forKey: key) : nil
    }
}
