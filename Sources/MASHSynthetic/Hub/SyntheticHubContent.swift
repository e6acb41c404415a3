import MASHCore

/// A whole synthetic hub in memory: population, referral plan, every agency's extract and the referrals.
public struct SyntheticHubContent: Sendable {
    public let population: SyntheticPopulation
    public let schedule: ReferralSchedule
    /// Each agency's records with ground truth.
    public let extracts: [Agency: [GeneratedRecord]]
    public let referrals: [GeneratedReferral]
}
