import MASHCore
import MASHStages
import Metrics

/// An agency's store whose every query is timed (`mash_research_store_query_seconds{agency,query}`), for the
/// research worker's metrics; it answers exactly as the store it wraps.
public struct TimedAgencyStore: AgencyRecordStore {
    let store: any AgencyRecordStore
    private let candidatesTimer: Metrics.Timer
    private let recordsTimer: Metrics.Timer
    private let residentsTimer: Metrics.Timer

    public init(_ store: any AgencyRecordStore) {
        self.store = store
        let agency = store.agency.rawValue
        candidatesTimer = Metrics.Timer(label: "mash_research_store_query_seconds", dimensions: [("agency", agency), ("query", "candidates")])
        recordsTimer = Metrics.Timer(label: "mash_research_store_query_seconds", dimensions: [("agency", agency), ("query", "records")])
        residentsTimer = Metrics.Timer(label: "mash_research_store_query_seconds", dimensions: [("agency", agency), ("query", "residents")])
    }

    public var agency: Agency { store.agency }

    public func candidates(for subject: Subject) throws -> [RecordMatch] {
        try timed(candidatesTimer) { try store.candidates(for: subject) }
    }

    public func records(personIDs: [String]) throws -> [AgencyRecord] {
        try timed(recordsTimer) { try store.records(personIDs: personIDs) }
    }

    public func recordsOfResidents(at address: Address) throws -> [AgencyRecord] {
        try timed(residentsTimer) { try store.recordsOfResidents(at: address) }
    }

    public func recordsOfResidents(at address: Address, excluding excluded: Set<String>) throws -> [AgencyRecord] {
        try timed(residentsTimer) { try store.recordsOfResidents(at: address, excluding: excluded) }
    }

    private func timed<Result>(_ timer: Metrics.Timer, _ body: () throws -> Result) rethrows -> Result {
        let started = ContinuousClock.now
        defer {
            let took = ContinuousClock.now - started
            timer.recordNanoseconds(took.components.seconds * 1_000_000_000 + took.components.attoseconds / 1_000_000_000)
        }
        return try body()
    }
}
