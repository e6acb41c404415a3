/// What the DfE Children in Need census records of a contact, as its outcome leaves the hub: whether it
/// became a referral, ReferralNFA, the referral source, the primary need, the category of abuse for a
/// child-protection response, and the factors identified.
public struct CensusReturn: Sendable, Hashable, Codable {
    /// Whether the contact became a census referral: only a decision for an assessment (s17 or s47) makes one;
    /// every other contact stays a contact (a screened-out MASH contact is not a census referral).
    public var isReferral: Bool
    /// ReferralNFA, for a referral: false, since an assessment follows. Absent for a contact.
    public var referralNFA: Bool?
    /// Where the contact came from (census ReferralSource).
    public var referralSource: ReferralSource
    /// The child's primary need (N0 not stated when nothing was assessed).
    public var primaryNeed: PrimaryNeed
    /// The category of abuse, for a child-protection response (s47) whose concern or factors name one.
    public var categoryOfAbuse: AbuseCategory?
    /// The factors identified; 21 "no factors" only with no further action.
    public var factors: [CINFactor]

    public init(isReferral: Bool, referralNFA: Bool?, referralSource: ReferralSource, primaryNeed: PrimaryNeed,
                categoryOfAbuse: AbuseCategory?, factors: [CINFactor]) {
        self.isReferral = isReferral
        self.referralNFA = referralNFA
        self.referralSource = referralSource
        self.primaryNeed = primaryNeed
        self.categoryOfAbuse = categoryOfAbuse
        self.factors = factors
    }
}
