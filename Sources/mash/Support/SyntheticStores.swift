import Foundation
import MASHAgencyStore
import MASHCore

/// Loads the extracts `mash synth` writes into the agency stores the workers read.
enum SyntheticStores {
    /// Loads every `agencies/<agency>.jsonl` in `folder` into `stores/<agency>.sqlite`, printing a line per agency.
    static func load(in folder: URL) throws {
        let reports = try AgencyExtractLoader.loadSyntheticExtracts(in: AgencyStoreFolder(folder))
        for (agency, report) in reports.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let rejected = report.rejections.isEmpty ? "" : "; \(report.rejections.count) rows rejected, first: line \(report.rejections[0].line): \(report.rejections[0].reason)"
            Console.line("loaded \(agency.rawValue) store \(report.store.path): \(report.summary.records) records in \(String(format: "%.3f", report.summary.seconds)) s\(rejected)")
        }
    }

    /// Whether every agency's store exists in `folder`.
    static func exist(in folder: URL) -> Bool {
        let stores = AgencyStoreFolder(folder)
        return Agency.allCases.allSatisfy { FileManager.default.fileExists(atPath: stores.storeURL(for: $0).path) }
    }
}
