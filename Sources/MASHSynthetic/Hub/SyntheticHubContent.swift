import MASHCore

/// A whole synthetic hub in memory: population, referral plan, every agency's extract and the referrals.
public struct SyntheticHubContent: Sendable {
    /// The true population.
    public let population: SyntheticPopulation
    /// The referral plan the extracts and referrals were written from.
    public let schedule: ReferralSchedule
    /// Each agency's records with ground truth.
    public let extracts: [Agency: [GeneratedRecord]]
    /// The referral stream with ground truth, in order of arrival.
    public let referrals: [GeneratedReferral]
}
