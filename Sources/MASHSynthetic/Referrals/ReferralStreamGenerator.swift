import MASHCore

/// Writes the referral stream from the plan: one `mash.referral/1` message per scheduled referral,
/// with the referrer's own spelling, the concern, the subjects and consent.
public struct ReferralStreamGenerator: Sendable {
    /// The people referred.
    public let population: SyntheticPopulation
    /// What to write, in order.
    public let schedule: ReferralSchedule
    private let seed: UInt64
    private let policeIds: AgencyPersonRegistry?
    private let socialCareIds: AgencyPersonRegistry?

    /// A generator; give it the extract generator (after it ran) so referrals can quote police and LA ids.
    public init(population: SyntheticPopulation, schedule: ReferralSchedule, extracts: AgencyExtractGenerator?, seed: UInt64) {
        self.population = population
        self.schedule = schedule
        self.seed = seed
        self.policeIds = extracts?.registry(for: .police)
        self.socialCareIds = extracts?.registry(for: .socialCare)
    }

    /// The referral id for a position in the stream, e.g. "REF-2026-000001".
    public static func referralId(sequence: Int, year: Int) -> String {
        ZeroPadded.identifier("REF-" + String(year) + "-", sequence, width: 6)
    }

    /// Generates every referral in order, handing each to `sink`; returns how many.
    @discardableResult
    public func generate(into sink: (GeneratedReferral) throws -> Void) rethrows -> Int {
        var random = SeededRandom(seed: seed, stream: 0x2EF_E22A1)
        let subjectWriter = ReferralSubjectWriter(population: population, policeIds: policeIds, socialCareIds: socialCareIds)
        let narrative = ReferralNarrative(population: population)
        for entry in schedule.entries {
            let (subjects, people) = subjectWriter.subjects(for: entry, random: &random)
            let household = population.people[entry.child].householdIndex
            let school = population.schools[population.people[entry.child].dateOfBirth.age(on: entry.receivedAt.utcDate) <= 10
                ? population.households[household].primarySchool
                : population.households[household].secondarySchool].name
            let referral = Referral(
                referralId: Self.referralId(sequence: entry.sequence, year: entry.receivedAt.utcDate.year),
                receivedAt: entry.receivedAt,
                source: entry.source,
                referrer: ReferrerCatalogue.referrer(for: entry.source, theme: entry.theme, school: school, random: &random),
                concern: narrative.concern(for: entry, subjects: subjects, random: &random),
                subjects: subjects,
                consent: ConsentChooser.consent(
                    theme: entry.theme, source: entry.source, child: subjects[0].forename,
                    parent: ReferralNarrative.forename(in: subjects, role: .parent), random: &random
                )
            )
            try sink(GeneratedReferral(referral: referral, subjectPeople: people, scheduled: entry))
        }
        return schedule.entries.count
    }

    /// Every referral, in memory.
    public func generateAll() -> [GeneratedReferral] {
        var referrals: [GeneratedReferral] = []
        referrals.reserveCapacity(schedule.entries.count)
        generate { referrals.append($0) }
        return referrals
    }
}
