import MASHCore

/// One agency's records, as the research stage queries them: read-only, by person.
public protocol AgencyRecordStore: Sendable {
    /// The agency whose records these are.
    var agency: Agency { get }

    /// Records about people who may be this subject, best match first, each with how sure the match is and
    /// why. Matches below the store's lower threshold are not returned.
    func candidates(for subject: Subject) throws -> [RecordMatch]

    /// Every record of the agency's persons with these ids (for household members and known associates).
    func records(personIDs: [String]) throws -> [AgencyRecord]

    /// Every record of the persons the agency holds at this address (same postcode and first line), for the
    /// household view; a store that cannot search by address returns none.
    func recordsOfResidents(at address: Address) throws -> [AgencyRecord]

    /// The same without the records of the persons `excluded` (the case's subjects and the people already
    /// attached), which a store may then not read at all.
    func recordsOfResidents(at address: Address, excluding excluded: Set<String>) throws -> [AgencyRecord]
}

extension AgencyRecordStore {
    /// A store without an address index finds no residents.
    public func recordsOfResidents(at address: Address) throws -> [AgencyRecord] { [] }

    /// The residents' records, filtered.
    public func recordsOfResidents(at address: Address, excluding excluded: Set<String>) throws -> [AgencyRecord] {
        try recordsOfResidents(at: address).filter { !excluded.contains($0.personId) }
    }
}

/// A record that may be about a subject.
public struct RecordMatch: Sendable, Hashable {
    public var record: AgencyRecord
    /// Probability that the record's person is the subject, 0...1.
    public var confidence: Double
    /// A match, or a possible match a practitioner should verify.
    public var status: MatchStatus
    /// Which fields agreed and which did not, in words a practitioner can check.
    public var evidence: [String]

    public init(record: AgencyRecord, confidence: Double, status: MatchStatus, evidence: [String]) {
        self.record = record
        self.confidence = confidence
        self.status = status
        self.evidence = evidence
    }
}
