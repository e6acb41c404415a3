import Foundation
import MASHCore

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

    /// Opens every agency's store read-only; throws naming the first one missing.
    public func openAll(configuration: AgencyStoreConfiguration = AgencyStoreConfiguration()) throws -> [SQLiteAgencyRecordStore] {
        try Agency.allCases.map { try SQLiteAgencyRecordStore(agency: $0, url: storeURL(for: $0), configuration: configuration) }
    }
}
