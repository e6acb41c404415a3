import MASHCore

/// One agency's records held in memory, matched exactly: on NHS number, UPN, the agency's own person id
/// (a police id for police, an LA child id for social care), or normalised surname and forename with the
/// exact date of birth.
///
/// Every lookup goes through dictionaries built once, never a scan. Identifier matches have confidence
/// 1.0, name and date of birth alone 0.9; matching identifiers of the same kind that differ mean different
/// people. The first version, and the store tests use; a SQLite store with probabilistic matching will
/// replace it behind the same protocol.
public struct InMemoryAgencyRecordStore: AgencyRecordStore {
    /// The agency whose records these are.
    public let agency: Agency
    private let records: [AgencyRecord]
    private let keys: [IndexedRecordKeys]
    private let byNHSNumber: [String: [Int]]
    private let byUPN: [String: [Int]]
    private let byNameAndBirth: [String: [Int]]
    private let byPersonId: [String: [Int]]

    /// A store of `agency`'s records; records another agency holds are not this store's and are left out.
    public init(agency: Agency, records: [AgencyRecord]) {
        self.agency = agency
        let own = records.filter { $0.agency == agency }
        self.records = own
        let keys = own.map(IndexedRecordKeys.init)
        self.keys = keys
        var byNHSNumber: [String: [Int]] = [:], byUPN: [String: [Int]] = [:]
        var byNameAndBirth: [String: [Int]] = [:], byPersonId: [String: [Int]] = [:]
        for (index, key) in keys.enumerated() {
            if let nhs = key.nhsNumber { byNHSNumber[nhs, default: []].append(index) }
            if let upn = key.upn { byUPN[upn, default: []].append(index) }
            if let nameAndBirth = key.nameAndBirthKey { byNameAndBirth[nameAndBirth, default: []].append(index) }
            byPersonId[key.personId, default: []].append(index)
        }
        self.byNHSNumber = byNHSNumber
        self.byUPN = byUPN
        self.byNameAndBirth = byNameAndBirth
        self.byPersonId = byPersonId
    }

    /// How many records the store holds.
    public var count: Int { records.count }

    /// Every record of each person the subject matches, best match first; each carries its person's
    /// match confidence and evidence.
    public func candidates(for subject: Subject) throws -> [RecordMatch] {
        let subjectKeys = SubjectMatchKeys(subject)
        var candidateIndexes: [Int] = []
        if let nhs = subjectKeys.nhsNumber { candidateIndexes += byNHSNumber[nhs] ?? [] }
        if let upn = subjectKeys.upn { candidateIndexes += byUPN[upn] ?? [] }
        if let personId = subjectKeys.agencyPersonId(for: agency) { candidateIndexes += byPersonId[personId] ?? [] }
        if let nameAndBirth = subjectKeys.nameAndBirthKey { candidateIndexes += byNameAndBirth[nameAndBirth] ?? [] }

        // The best comparison per person: a person's records all share it. Visited in record order so
        // that of two equally good comparisons the same one wins every time.
        var bestByPerson: [String: RecordComparison] = [:]
        for index in Set(candidateIndexes).sorted() {
            let comparison = RecordComparison(subject: subjectKeys, record: keys[index], agency: agency)
            guard comparison.isMatch else { continue }
            let personId = keys[index].personId
            if let best = bestByPerson[personId], !Self.isBetter(comparison, than: best) { continue }
            bestByPerson[personId] = comparison
        }
        let people = bestByPerson.sorted { lhs, rhs in
            lhs.value.confidence != rhs.value.confidence ? lhs.value.confidence > rhs.value.confidence : lhs.key < rhs.key
        }
        return people.flatMap { personId, comparison in
            recordsOrdered(byPersonId[personId] ?? []).map {
                RecordMatch(record: $0, confidence: comparison.confidence, status: .match, evidence: comparison.evidence)
            }
        }
    }

    /// Every record of the persons with these ids, oldest first.
    public func records(personIDs: [String]) throws -> [AgencyRecord] {
        var indexes = Set<Int>()
        for personId in personIDs { indexes.formUnion(byPersonId[personId] ?? []) }
        return recordsOrdered(Array(indexes))
    }

    private func recordsOrdered(_ indexes: [Int]) -> [AgencyRecord] {
        indexes.sorted { (records[$0].date, records[$0].recordId, $0) < (records[$1].date, records[$1].recordId, $1) }
            .map { records[$0] }
    }

    private static func isBetter(_ comparison: RecordComparison, than other: RecordComparison) -> Bool {
        if comparison.confidence != other.confidence { return comparison.confidence > other.confidence }
        return comparison.evidence.count > other.evidence.count
    }
}
