import MASHCore

/// What to generate: how many people and referrals, from which seed, as of which date.
public struct SyntheticHubConfiguration: Sendable, Hashable, Codable {
    /// About this many people, in whole households. Default 20,000; at most 900,000 (the NHS 999 test range's size).
    public var people: Int
    /// This many referrals in the stream. Default 1,000.
    public var referrals: Int
    /// Seed of every random choice: the same seed gives byte-identical files. Default 1.
    public var seed: UInt64
    /// The day after the referral window; ages are counted to it. Default 2026-03-02.
    public var referenceDate: LocalDate

    /// The default reference date, fixed so that output never depends on the clock.
    public static let defaultReferenceDate = LocalDate(year: 2026, month: 3, day: 2)!
    /// The most people the 999 test range of NHS numbers can number uniquely.
    public static let maximumPeople = TestRangeNHSNumbers.capacity
    /// The most referrals one run writes.
    public static let maximumReferrals = 10_000_000

    /// A configuration; every value has a default.
    public init(people: Int = 20_000, referrals: Int = 1_000, seed: UInt64 = 1, referenceDate: LocalDate = Self.defaultReferenceDate) {
        self.people = people
        self.referrals = referrals
        self.seed = seed
        self.referenceDate = referenceDate
    }

    /// Throws `SyntheticHubError.invalidConfiguration` naming the first value out of range.
    public func validate() throws {
        guard (2...Self.maximumPeople).contains(people) else {
            throw SyntheticHubError.invalidConfiguration("people must be 2...\(Self.maximumPeople), not \(people)")
        }
        guard (0...Self.maximumReferrals).contains(referrals) else {
            throw SyntheticHubError.invalidConfiguration("referrals must be 0...\(Self.maximumReferrals), not \(referrals)")
        }
        guard (1900...9000).contains(referenceDate.year) else {
            throw SyntheticHubError.invalidConfiguration("reference date \(referenceDate) is out of range")
        }
    }
}
