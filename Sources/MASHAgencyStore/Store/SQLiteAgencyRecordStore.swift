import Dispatch
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
/// Identities are searched in memory, in an index built from the load when it is opened
/// (`AgencyStoreConfiguration.searchIndex`); records are read from the file.
///
/// A new load renamed over the file becomes visible without a restart: at most once every
/// `refreshCheckSeconds` a query checks the file's identity and, if it changed, the new file is opened and
/// indexed on another thread, then swapped in whole. Every query runs on one generation, so it sees one
/// load whole.
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
        /// Whether a newer load is being opened.
        var opening = false
    }

    /// Opens `agency`'s store at `url`; throws if there is none or it cannot be read.
    public init(agency: Agency, url: URL, configuration: AgencyStoreConfiguration = AgencyStoreConfiguration()) throws {
        self.agency = agency
        self.url = url
        self.configuration = configuration
        let generation = try StoreGeneration.open(path: url.path, configuration: configuration)
        state = Mutex(State(generation: generation, lastCheck: .now))
        try checkAgency(generation)
    }

    /// Every record of each person who may be this subject, best match first.
    public func candidates(for subject: Subject) throws -> [RecordMatch] {
        let query = SubjectQueries.shared.query(for: subject, searchedBy: agency)
        guard !query.keys.isEmpty else { return [] }
        let generation = current()
        var selection = CandidateSelection(
            query: query.identity, matcher: generation.matcher, memory: generation.index?.memory, limit: configuration.maximumCandidates
        )
        try generation.search(query.keys, into: &selection)
        let people = selection.people()
        guard !people.isEmpty else { return [] }
        return try generation.read { connection in
            try people.flatMap { personId, person, comparison in
                let evidence = comparison.evidence
                return try generation.records(of: personId, person: person, agency: agency, on: connection).map {
                    RecordMatch(record: $0, confidence: comparison.probability, status: comparison.status ?? .possibleMatch, evidence: evidence)
                }
            }
        }
    }

    /// The size and build time of the search index of the load in service; nil when identities are searched in SQLite.
    public var searchIndexFigures: SearchIndexFigures? {
        state.withLock { $0.generation.index?.figures }
    }

    /// Every record of the persons with these ids, oldest first.
    public func records(personIDs: [String]) throws -> [AgencyRecord] {
        try current().records(of: personIDs, agency: agency)
    }

    /// Every record of the persons the agency has at this address (same canonical postcode and first line), oldest first.
    public func recordsOfResidents(at address: Address) throws -> [AgencyRecord] {
        try recordsOfResidents(at: address, excluding: [])
    }

    /// The records of the residents at this address but those `excluded`, oldest first; the records of the
    /// excluded are not read at all.
    public func recordsOfResidents(at address: Address, excluding excluded: Set<String>) throws -> [AgencyRecord] {
        guard let key = SubjectQueries.shared.addressKey(for: address) else { return [] }
        let generation = current()
        return try generation.records(of: generation.persons(at: key).filter { !excluded.contains($0) }, agency: agency)
    }

    /// The open load. At most once every `refreshCheckSeconds` the file is checked; a newer load is opened
    /// (its search index built) on another thread while queries go on with this one, and replaces it when
    /// ready. A load that cannot be opened (yet) leaves the previous one in service; the next check tries again.
    private func current() -> StoreGeneration {
        state.withLock { state in
            let now = ContinuousClock.now
            guard !state.opening, now - state.lastCheck >= .seconds(configuration.refreshCheckSeconds) else { return state.generation }
            state.lastCheck = now
            guard let file = FileIdentity(path: url.path), file != state.generation.file else { return state.generation }
            state.opening = true
            DispatchQueue.global(qos: .utility).async { self.openNewerLoad() }
            return state.generation
        }
    }

    private func openNewerLoad() {
        let fresh = try? StoreGeneration(path: url.path, configuration: configuration)
        let usable = fresh.flatMap { (try? checkAgency($0)) != nil ? $0 : nil }
        state.withLock { state in
            if let usable { state.generation = usable }
            state.opening = false
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
