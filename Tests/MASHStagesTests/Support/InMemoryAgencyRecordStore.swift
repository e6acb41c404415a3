import MASHCore
import MASHLinkage
import MASHStages

/// A store of records held in memory, for stage tests that build their stores from values. It blocks
/// and matches exactly as the SQLite store does (`BlockingKeys`, `PersonMatcher`), over dictionaries.
struct InMemoryAgencyRecordStore: AgencyRecordStore {
    let agency: Agency
    private let records: [AgencyRecord]
    private let identities: [PersonIdentity]
    private let byKey: [BlockingKey: [Int]]
    private let byPerson: [String: [Int]]
    private let byAddress: [BlockingKey: [Int]]
    private let matcher = PersonMatcher()

    /// A store of `agency`'s records; records another agency holds are left out.
    init(agency: Agency, records: [AgencyRecord]) {
        self.agency = agency
        self.records = records.filter { $0.agency == agency }
        identities = self.records.map(PersonIdentity.init(record:))
        var byKey: [BlockingKey: [Int]] = [:], byPerson: [String: [Int]] = [:], byAddress: [BlockingKey: [Int]] = [:]
        for (index, identity) in identities.enumerated() {
            for key in BlockingKeys.indexKeys(for: identity) { byKey[key, default: []].append(index) }
            byPerson[self.records[index].personId, default: []].append(index)
            if let key = BlockingKeys.addressKey(postcode: identity.postcode, addressLine: identity.addressLine) {
                byAddress[key, default: []].append(index)
            }
        }
        self.byKey = byKey
        self.byPerson = byPerson
        self.byAddress = byAddress
    }

    func candidates(for subject: Subject) throws -> [RecordMatch] {
        let query = PersonIdentity(subject: subject, searchedBy: agency)
        var best: [String: PersonComparison] = [:]
        for index in Set(BlockingKeys.queryKeys(for: query).flatMap { byKey[$0] ?? [] }).sorted() {
            let comparison = matcher.compare(query, identities[index])
            guard comparison.status != nil else { continue }
            let person = records[index].personId
            if let known = best[person], known.weight >= comparison.weight { continue }
            best[person] = comparison
        }
        return best.sorted { ($0.value.weight, $1.key) > ($1.value.weight, $0.key) }.flatMap { person, comparison in
            ordered(byPerson[person] ?? []).map {
                RecordMatch(record: $0, confidence: comparison.probability, status: comparison.status ?? .possibleMatch, evidence: comparison.evidence)
            }
        }
    }

    func records(personIDs: [String]) throws -> [AgencyRecord] {
        ordered(Array(Set(personIDs.flatMap { byPerson[$0] ?? [] })))
    }

    func recordsOfResidents(at address: Address) throws -> [AgencyRecord] {
        let identity = PersonIdentity(names: [], addressLine: address.line1, postcode: address.postcode)
        guard let key = BlockingKeys.addressKey(postcode: identity.postcode, addressLine: identity.addressLine) else { return [] }
        let persons = Set((byAddress[key] ?? []).map { records[$0].personId })
        return try self.records(personIDs: Array(persons))
    }

    private func ordered(_ indexes: [Int]) -> [AgencyRecord] {
        indexes.sorted { (records[$0].date, records[$0].recordId) < (records[$1].date, records[$1].recordId) }.map { records[$0] }
    }
}
