import MASHCore

/// Writes each agency's extract: the records it holds about the population, as its systems have them
/// (own person ids, errors in names and dates, old addresses, missing identifiers), with ground truth.
public struct AgencyExtractGenerator: Sendable {
    /// The people the records are about.
    public let population: SyntheticPopulation
    /// The referral plan (social care holds a previous referral for each planned re-referral).
    public let schedule: ReferralSchedule
    private let seed: UInt64
    private var registries: [AgencyPersonRegistry?] = Array(repeating: nil, count: Agency.allCases.count)
    /// Per household, one bit per agency that may hold records on it: most households concern no agency.
    private let relevance: [UInt8]

    /// A generator for the population and referral plan, from `seed`.
    public init(population: SyntheticPopulation, schedule: ReferralSchedule, seed: UInt64) {
        self.population = population
        self.schedule = schedule
        self.seed = seed
        let households = population.households
        self.relevance = households.indices.map { index in
            var bits: UInt8 = 0
            for agency in Agency.allCases where Self.mayHoldRecords(agency, on: households, at: index, schedule: schedule) {
                bits |= 1 << UInt8(Self.position(of: agency))
            }
            return bits
        }
    }

    /// The person ids an agency holds, once its extract has been generated.
    public func registry(for agency: Agency) -> AgencyPersonRegistry? {
        registries[Self.position(of: agency)]
    }

    /// Generates one agency's extract, handing each record to `sink` in order; returns how many there were.
    @discardableResult
    public mutating func generate(_ agency: Agency, into sink: (GeneratedRecord) throws -> Void) rethrows -> Int {
        let salt = UInt64(Self.position(of: agency) + 1) &* 0xA5A5_0000_0101
        var random = SeededRandom(seed: seed, stream: salt)
        let profile = AgencyProfile.forAgency(agency)
        var registry = AgencyPersonRegistry(profile: profile, peopleCount: population.people.count, firstSerial: Int32(10_000 + random.below(80_000)))
        var context = ExtractContext(population: population, schedule: schedule, random: SeededRandom(seed: seed, stream: salt ^ 0xC0_47E7))
        var renderer = RecordRenderer(
            population: population, profile: profile,
            recorder: IdentityRecorder(population: population, profile: profile, seed: seed ^ salt)
        )
        var block: [PendingRecord] = []
        let bit: UInt8 = 1 << UInt8(Self.position(of: agency))
        for index in population.households.indices where relevance[index] & bit != 0 {
            let household = population.households[index]
            block.removeAll(keepingCapacity: true)
            Self.appendRecords(agency, for: household, context: &context, into: &block)
            guard !block.isEmpty else { continue }
            for pending in block { registry.register(pending.person, random: &random) }
            for pending in block {
                try sink(renderer.render(pending, registry: registry, random: &random))
            }
        }
        registries[Self.position(of: agency)] = registry
        return renderer.count
    }

    /// Every agency's records, in memory (for tests and small hubs).
    public mutating func generateAll() -> [Agency: [GeneratedRecord]] {
        var extracts: [Agency: [GeneratedRecord]] = [:]
        for agency in Agency.allCases {
            var records: [GeneratedRecord] = []
            generate(agency) { records.append($0) }
            extracts[agency] = records
        }
        return extracts
    }

    private static func appendRecords(_ agency: Agency, for household: Household, context: inout ExtractContext, into block: inout [PendingRecord]) {
        switch agency {
        case .police: PoliceRecords.append(for: household, context: &context, into: &block)
        case .socialCare: SocialCareRecords.append(for: household, context: &context, into: &block)
        case .health: HealthRecords.append(for: household, context: &context, into: &block)
        case .education: EducationRecords.append(for: household, context: &context, into: &block)
        case .probation: ProbationRecords.append(for: household, context: &context, into: &block)
        case .housing: HousingRecords.append(for: household, context: &context, into: &block)
        case .domesticAbuseService: DomesticAbuseServiceRecords.append(for: household, context: &context, into: &block)
        }
    }

    /// Whether anything about the household could give the agency a record (a cheap test before the real work).
    /// (Households are read field by field: copying each one would cost more than the test.)
    private static func mayHoldRecords(_ agency: Agency, on households: [Household], at index: Int, schedule: ReferralSchedule) -> Bool {
        let members = households[index].memberCircumstances
        switch agency {
        case .police:
            return households[index].circumstances.contains(.domesticAbuse)
                || !members.isDisjoint(with: [.missingEpisodes, .criminalExploitation, .sexualExploitation, .offender, .crimeVictim])
        case .socialCare:
            return !members.isDisjoint(with: [.openCase, .childProtectionPlanEnded, .lookedAfterEnded, .previouslyReferred])
                || households[index].members.contains { schedule.reReferralDay[$0] != Int32.max }
        case .health: return !members.isDisjoint(with: [.injuryAttendances, .selfHarm, .healthVisitorConcern, .gpConcern])
        case .education: return !members.isDisjoint(with: [.persistentAbsence, .excluded])
        case .probation: return members.contains(.probationSupervision)
        case .housing:
            return !households[index].circumstances.isDisjoint(with: [.rentArrears, .overcrowding, .temporaryAccommodation, .antisocialBehaviour])
        case .domesticAbuseService: return households[index].domesticAbuse?.supportedByService == true
        }
    }

    private static func position(of agency: Agency) -> Int {
        switch agency {
        case .police: 0
        case .socialCare: 1
        case .health: 2
        case .education: 3
        case .probation: 4
        case .housing: 5
        case .domesticAbuseService: 6
        }
    }
}
