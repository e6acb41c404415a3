import MASHCore

/// The referral stream planned before anything is written: arrival times in order, sources, themes,
/// children and re-referrals. Agency extracts read it so that social care holds a previous referral for
/// every planned re-referral and none within 12 months for the others.
public struct ReferralSchedule: Sendable {
    /// The referrals in order of arrival.
    public let entries: [ScheduledReferral]
    /// The first day of the referral window; agency records are all dated before it.
    public let windowStart: LocalDate
    /// The day after the last day of the window (the population's reference date).
    public let windowEnd: LocalDate
    /// Per person: the day number of their first referral in the stream, or `Int32.max`.
    let firstReferralDay: [Int32]
    /// Per person: the day number of the first-in-stream referral that must count as a re-referral, or `Int32.max`.
    let reReferralDay: [Int32]

    init(entries: [ScheduledReferral], windowStart: LocalDate, windowEnd: LocalDate, firstReferralDay: [Int32], reReferralDay: [Int32]) {
        self.entries = entries
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.firstReferralDay = firstReferralDay
        self.reReferralDay = reReferralDay
    }

    /// The share of referrals that are re-referrals: 22% nationally (DfE 2023-24).
    public static let reReferralShare = 0.22

    /// How many days `referrals` referrals are spread over: about 400 a day, at least a week, at most 90 days.
    public static func windowDays(referrals: Int) -> Int {
        min(90, max(7, (referrals + 399) / 400))
    }

    /// Plans `referrals` referrals about children of `population`, ending on its reference date.
    public static func plan(population: SyntheticPopulation, referrals: Int, seed: UInt64) -> ReferralSchedule {
        var planner = ReferralPlanner(population: population, seed: seed)
        return planner.plan(referrals: referrals)
    }

    /// Whether the person is referred in the stream.
    public func isReferred(_ person: Int) -> Bool { firstReferralDay[person] != Int32.max }
}
