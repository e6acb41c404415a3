import Dispatch
import Foundation
import MASHCore
import Synchronization

/// Where the agency stores live in a stores folder (the folder `mash synth --out` writes and
/// `mash-research --stores` reads): `<folder>/stores/<agency>.sqlite`, one SQLite file per agency.
public struct AgencyStoreFolder: Sendable, Hashable {
    /// The stores folder.
    public let url: URL

    /// The stores folder at `url`.
    public init(_ url: URL) { self.url = url }

    /// The stores folder at `path`.
    public init(path: String) { self.init(URL(fileURLWithPath: path)) }

    /// `<folder>/stores/<agency>.sqlite`.
    public func storeURL(for agency: Agency) -> URL {
        url.appendingPathComponent("stores").appendingPathComponent("\(agency.rawValue).sqlite")
    }

    /// `<folder>/agencies/<agency>.jsonl`: where `mash synth` writes an agency's extract.
    public func extractURL(for agency: Agency) -> URL {
        url.appendingPathComponent("agencies").appendingPathComponent("\(agency.rawValue).jsonl")
    }

    /// Opens every agency's store read-only, several at once (building their search indexes takes a while);
    /// throws naming the first one, in agency order, that cannot be opened.
    public func openAll(configuration: AgencyStoreConfiguration = AgencyStoreConfiguration()) throws -> [SQLiteAgencyRecordStore] {
        let agencies = Agency.allCases
        let opened = Mutex([Result<SQLiteAgencyRecordStore, any Error>?](repeating: nil, count: agencies.count))
        DispatchQueue.concurrentPerform(iterations: agencies.count) { index in
            let result = Result { try SQLiteAgencyRecordStore(agency: agencies[index], url: storeURL(for: agencies[index]), configuration: configuration) }
            opened.withLock { $0[index] = result }
        }
        return try opened.withLock { results in try results.map { try $0!.get() } }
    }
}
