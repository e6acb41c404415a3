import MASHCore

/// The referral ids the hub has accepted, as the referral stage consults them.
public protocol ReferralRegister: Sendable {
    /// The digest of the bytes the referral with this id first came in, or nil if the id is new.
    func digest(of referralId: String) -> String?
    /// Takes in a registration the stage has just made, so a reused id later in the same batch is caught.
    func note(_ registration: ReferralRegistration)
}

extension ReferralRegister {
    /// A register that only answers from what it was given ignores the stage's new registrations.
    public func note(_ registration: ReferralRegistration) {}
}
