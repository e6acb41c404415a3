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
}
