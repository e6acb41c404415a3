/// The referral ids the hub has accepted, as the referral stage consults them.
public protocol ReferralRegister: Sendable {
    /// The digest of the bytes the referral with this id first came in, or nil if the id is new.
    func digest(of referralId: String) -> String?
}
