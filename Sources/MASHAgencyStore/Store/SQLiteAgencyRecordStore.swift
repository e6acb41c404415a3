import Foundation
import MASHCore
import MASHLinkage
import MASHStages
import Synchronization

/// One agency's records in its SQLite store, queried read-only, with people matched probabilistically.
///
/// A subject is turned into blocking keys; identities sharing a key are fetched through the key index
/// and compared field by field (`PersonMatcher`); each person's best comparison decides whether their
/// records are attached, as a match or a possible match, with the comparison's evidence.
///
/// A new load renamed over the file becomes visible without a restart: at most once every
/// `refreshCheckSeconds` a query checks the file's identity and, if it changed, opens the new file. Every
/// query runs on one connection, so it sees one load whole.
public final class SQLiteAgencyRecordStore: AgencyRecordStore {
    /// The agency whose records these are.
    public let agency: Agency
    /// The store file.
    public let url: URL
    /// How it is read and matched.
    public let configuration: AgencyStoreConfiguration
    private let state: Mutex<State>

    private struct State {
        var generation: StoreGeneration
        var lastCheck: ContinuousClock.Instant
    }

    /// Opens `agency`'s store at `url`; throws if there is none or it cannot be read.
    public init(agency: Agency, url: URL, configuration: AgencyStoreConfiguration = AgencyStoreConfiguration()) throws {
        self.agency = agency
        self.url = url
        self.configuration = configuration
        let generation = try StoreGeneration(path: url.path, readers: configuration.readers, linkage: configuration.linkage)
        state = Mutex(State(generation: generation, lastCheck: .now))
        try checkAgency(generation)
    }

    /// Every record of each person who may be this subject, best match first.
    public func candidates(for subject: Subject) throws -> [RecordMatch] {
        let query = PersonIdentity(subject: subject, searchedBy: agency)
        let keys = BlockingKeys.queryKeys(for: query)
        guard !keys.isEmpty else { return [] }
        let generation = current()
        let matcher = generation.matcher
        return try generation.read { connection in
            let statement = try connection.statement(AgencyStoreQueries.identitiesByKey)
            var best: [String: PersonComparison] = [:]
            // An identity is filed under several keys, and a true match shares most of them: compare it once.
            var compared = Set<Int64>()
            search: for key in keys {
                statement.reset()
                statement.bind(1, key.value)
                while try statement.step() {
                    guard compared.insert(statement.integer(0) ?? 0).inserted else { continue }
                    guard compared.count <= configuration.maximumCandidates else { break search }
                    let (personId, identity) = IdentityColumns.identity(from: statement)
                    let comparison = matcher.compare(query, identity)
                    guard comparison.status != nil else { continue }
                    if let known = best[personId], known.weight >= comparison.weight { continue }
                    best[personId] = comparison
                }
            }
            let people = best.sorted { ($0.value.weight, $1.key) > ($1.value.weight, $0.key) }
            return try people.flatMap { personId, comparison in
                let evidence = comparison.evidence
                return try recordsOf(personId, on: connection).map {
                    RecordMatch(record: $0, confidence: comparison.probability, status: comparison.status ?? .possibleMatch, evidence: evidence)
                }
            }
        }
    }

    /// Every record of the persons with these ids, oldest first.
    public func records(personIDs: [String]) throws -> [AgencyRecord] {
        guard !personIDs.isEmpty else { return [] }
        return try current().read { connection in try recordsOf(personIDs, on: connection) }
    }

    /// Every record of the persons the agency has at this address (same canonical postcode and first line), oldest first.
    public func recordsOfResidents(at address: Address) throws -> [AgencyRecord] {
        let identity = PersonIdentity(names: [], addressLine: address.line1, postcode: address.postcode)
        guard let key = BlockingKeys.addressKey(postcode: identity.postcode, addressLine: identity.addressLine) else { return [] }
        return try current().read { connection in
            let statement = try connection.statement(AgencyStoreQueries.personsByAddress)
            statement.bind(1, key.value)
            var persons: [String] = []
            while try statement.step() { if let person = statement.text(0) { persons.append(person) } }
            return try recordsOf(persons, on: connection)
        }
    }

    /// Every record of these persons, oldest first (by date, then record id as SQLite orders text).
    private func recordsOf(_ personIds: [String], on connection: SQLiteReadConnection) throws -> [AgencyRecord] {
        guard personIds.count > 1 else { return try personIds.first.map { try recordsOf($0, on: connection) } ?? [] }
        return try Set(personIds).flatMap { try recordsOf($0, on: connection) }.sorted {
            $0.date != $1.date ? $0.date < $1.date : $0.recordId.utf8.lexicographicallyPrecedes($1.recordId.utf8)
        }
    }

    /// One person's records, oldest first.
    private func recordsOf(_ personId: String, on connection: SQLiteReadConnection) throws -> [AgencyRecord] {
        let statement = try connection.statement(AgencyStoreQueries.recordsOfPerson)
        statement.bind(1, personId)
        var records: [AgencyRecord] = []
        while try statement.step() { records.append(try RecordColumns.record(from: statement, agency: agency)) }
        return records
    }

    /// The open load, reopened first when the file was replaced and the last check is old enough.
    private func current() -> StoreGeneration {
        state.withLock { state in
            let now = ContinuousClock.now
            guard now - state.lastCheck >= .seconds(configuration.refreshCheckSeconds) else { return state.generation }
            state.lastCheck = now
            guard let file = FileIdentity(path: url.path), file != state.generation.file else { return state.generation }
            // A load that cannot be opened (yet) leaves the previous one in service; the next check tries again.
            if let fresh = try? StoreGeneration(path: url.path, readers: configuration.readers, linkage: configuration.linkage),
               (try? checkAgency(fresh)) != nil {
                state.generation = fresh
            }
            return state.generation
        }
    }

    private func checkAgency(_ generation: StoreGeneration) throws {
        let stored = try generation.read { connection in
            let statement = try connection.statement("SELECT value FROM store_info WHERE name = 'agency'")
            return try statement.step() ? statement.text(0) : nil
        }
        guard stored == agency.rawValue else {
            throw AgencyStoreError(path: url.path, reason: "this is \(stored ?? "no agency")'s store, not \(agency.rawValue)'s")
        }
    }
}
