import MASHCore

/// Turns a pending record into the `AgencyRecord` the agency's extract holds: person id (sometimes the
/// duplicate), the person as recorded, the address at the time, and linked ids the agency holds.
struct RecordRenderer {
    let population: SyntheticPopulation
    let profile: AgencyProfile
    let recorder: IdentityRecorder
    private(set) var count = 0
    private var primaryIdUsed: [Bool]
    /// The last few identities rendered: a person's records mostly come together (a victim's incidents).
    private var recentIdentities: [(key: Int, identity: RecordedIdentity)] = []

    init(population: SyntheticPopulation, profile: AgencyProfile, recorder: IdentityRecorder) {
        self.population = population
        self.profile = profile
        self.recorder = recorder
        self.primaryIdUsed = Array(repeating: false, count: population.people.count)
    }

    mutating func render(_ pending: PendingRecord, registry: AgencyPersonRegistry, random: inout SeededRandom) -> GeneratedRecord {
        count += 1
        // People and households are read field by field: copying them whole costs more than the rest.
        let people = population.people
        let index = pending.person
        let isChild = people[index].isChild
        // The first record always uses the main id, so ids that other records point at have records.
        let useDuplicate = registry.hasDuplicate(index) && primaryIdUsed[index] && random.chance(0.5)
        primaryIdUsed[index] = true
        let personId = useDuplicate ? registry.duplicateId(of: index, isChild: isChild)! : registry.personId(of: index, isChild: isChild)!
        let identity = identity(of: index, duplicate: useDuplicate)
        var noise = identity.noise
        if useDuplicate { noise.insert(.duplicatePersonId) }

        let householdIndex = people[index].householdIndex
        var address: SyntheticAddress? = population.households[householdIndex].address
        if let movedOn = population.households[householdIndex].movedOn,
           pending.day < DayNumber.of(movedOn) || identity.keepsOldAddress {
            address = population.households[householdIndex].previousAddress
            noise.insert(.movedAddress)
        }
        if random.chance(profile.missingAddressRate) {
            address = nil
            noise.remove(.movedAddress)
        }
        let sex: Sex? = random.chance(profile.missingSexRate) ? nil : people[index].sex
        let perpetratorId = pending.perpetrator.flatMap { registry.personId(of: $0, isChild: people[$0].isChild) }
        let associateIds = pending.associates.compactMap { registry.personId(of: $0, isChild: people[$0].isChild) }
        let record = AgencyRecord(
            recordId: ZeroPadded.identifier(profile.recordPrefix, count, width: 7),
            agency: profile.agency, personId: personId,
            forename: identity.forename, surname: identity.surname, dateOfBirth: identity.dateOfBirth, sex: sex,
            addressLine1: address?.line1, postcode: address?.postcode,
            nhsNumber: identity.holdsNHSNumber ? people[index].nhsNumber : nil,
            upn: identity.holdsUPN ? people[index].upn : nil,
            kind: pending.kind, date: DayNumber.date(pending.day), endDate: pending.endDay.map(DayNumber.date),
            summary: pending.summary, factors: pending.factors, dashYesCount: pending.dashYesCount,
            perpetratorId: perpetratorId, associateIds: associateIds.isEmpty ? nil : associateIds,
            caseReference: pending.caseReference, allocatedWorker: pending.allocatedWorker,
            disclosure: pending.disclosure
        )
        return GeneratedRecord(record: record, truePerson: index, noise: noise)
    }

    /// The identity under one person id, from the recent ones or made afresh (it is deterministic, so either gives the same).
    private mutating func identity(of person: Int, duplicate: Bool) -> RecordedIdentity {
        let key = person << 1 | (duplicate ? 1 : 0)
        for entry in recentIdentities where entry.key == key { return entry.identity }
        let identity = recorder.identity(of: person, duplicate: duplicate)
        if recentIdentities.count == 4 { recentIdentities.removeFirst() }
        recentIdentities.append((key, identity))
        return identity
    }
}
