import MASHCore

/// A referral with its ground truth.
public struct GeneratedReferral: Sendable, Hashable {
    /// The message as a partner would send it.
    public var referral: Referral
    /// The population person each subject really is, in subject order.
    public var subjectPeople: [Int]
    /// The plan entry it was written from (child, theme, re-referral).
    public var scheduled: ScheduledReferral
}
