import MASHCore

/// Turns a pending record into the `AgencyRecord` the agency's extract holds: person id (sometimes the
/// duplicate), the person as recorded, the address at the time, and linked ids the agency holds.
struct RecordRenderer {
    let population: SyntheticPopulation
    let profile: AgencyProfile
    let recorder: IdentityRecorder
    private(set) var count = 0
    private var primaryIdUsed: [Bool]

    init(population: SyntheticPopulation, profile: AgencyProfile, recorder: IdentityRecorder) {
        self.population = population
        self.profile = profile
        self.recorder = recorder
        self.primaryIdUsed = Array(repeating: false, count: population.people.count)
    }

    mutating func render(_ pending: PendingRecord, registry: AgencyPersonRegistry, random: inout SeededRandom) -> GeneratedRecord {
        count += 1
        let person = population.people[pending.person]
        // The first record always uses the main id, so ids that other records point at have records.
        let useDuplicate = registry.hasDuplicate(pending.person) && primaryIdUsed[pending.person] && random.chance(0.5)
        primaryIdUsed[pending.person] = true
        let personId = useDuplicate
            ? registry.duplicateId(of: pending.person, isChild: person.isChild)!
            : registry.personId(of: pending.person, isChild: person.isChild)!
        let identity = recorder.identity(of: pending.person, duplicate: useDuplicate)
        var noise = identity.noise
        if useDuplicate { noise.insert(.duplicatePersonId) }

        let household = population.households[person.householdIndex]
        var address: SyntheticAddress? = household.address
        if let previous = household.previousAddress, let movedOn = household.movedOn,
           pending.day < DayNumber.of(movedOn) || identity.keepsOldAddress {
            address = previous
            noise.insert(.movedAddress)
        }
        if random.chance(profile.missingAddressRate) {
            address = nil
            noise.remove(.movedAddress)
        }
        let sex: Sex? = random.chance(profile.missingSexRate) ? nil : person.sex
        let perpetratorId = pending.perpetrator.flatMap { index in
            registry.personId(of: index, isChild: population.people[index].isChild)
        }
        let associateIds = pending.associates.compactMap { index in
            registry.personId(of: index, isChild: population.people[index].isChild)
        }
        let record = AgencyRecord(
            recordId: ZeroPadded.identifier(profile.recordPrefix, count, width: 7),
            agency: profile.agency, personId: personId,
            forename: identity.forename, surname: identity.surname, dateOfBirth: identity.dateOfBirth, sex: sex,
            addressLine1: address?.line1, postcode: address?.postcode,
            nhsNumber: identity.holdsNHSNumber ? person.nhsNumber : nil,
            upn: identity.holdsUPN ? person.upn : nil,
            kind: pending.kind, date: DayNumber.date(pending.day), endDate: pending.endDay.map(DayNumber.date),
            summary: pending.summary, factors: pending.factors, dashYesCount: pending.dashYesCount,
            perpetratorId: perpetratorId, associateIds: associateIds.isEmpty ? nil : associateIds,
            caseReference: pending.caseReference, allocatedWorker: pending.allocatedWorker,
            disclosure: pending.disclosure
        )
        return GeneratedRecord(record: record, truePerson: pending.person, noise: noise)
    }
}
