/// An earlier referral about the same child that the hub itself handled, as its memory (`mash.child-history`)
/// recalls it, whether or not social care recorded it.
public struct PreviousReferral: Sendable, Hashable, Codable {
    /// The earlier case.
    public var caseId: String
    /// The earlier referral.
    public var referralId: String
    /// When the hub received it.
    public var receivedAt: Timestamp
    /// The outcome issued; absent while it was undecided or held for a person.
    public var outcome: OutcomeKind?
    /// When it was decided.
    public var decidedAt: Timestamp?

    public init(caseId: String, referralId: String, receivedAt: Timestamp, outcome: OutcomeKind? = nil, decidedAt: Timestamp? = nil) {
        self.caseId = caseId
        self.referralId = referralId
        self.receivedAt = receivedAt
        self.outcome = outcome
        self.decidedAt = decidedAt
    }
}
