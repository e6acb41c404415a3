import Foundation
import MASHCore

/// `mash agency load`: reads an extract, rejecting bad rows, and replaces the agency's store with the rest.
public enum AgencyExtractLoader {
    /// What a load did.
    public struct Report: Sendable {
        /// The store written.
        public var store: URL
        /// Rows loaded, people and indexes written.
        public var summary: AgencyStoreWriter.Summary
        /// Rows rejected, with line and reason.
        public var rejections: [ExtractRejection]
    }

    /// Loads `file` into `agency`'s store in `folder`, unless `safeguards` refuse it (the old store then stays).
    public static func load(
        agency: Agency, file: URL, format: AgencyExtractReader.Format? = nil,
        mapping: ExtractColumnMapping = ExtractColumnMapping(), encoding: ExtractEncoding = .utf8,
        safeguards: LoadSafeguards = LoadSafeguards(), into folder: AgencyStoreFolder
    ) throws -> Report {
        let contents = try AgencyExtractReader(agency: agency, mapping: mapping).read(file, format: format, encoding: encoding)
        let store = folder.storeURL(for: agency)
        try safeguards.check(contents, replacing: store, extract: file.path)
        let summary = try AgencyStoreWriter.write(contents.records, agency: agency, to: store, source: file.path)
        return Report(store: store, summary: summary, rejections: contents.rejections)
    }

    /// Loads every agency's `agencies/<agency>.jsonl` extract in `folder` (what `mash synth` writes) into its store.
    public static func loadSyntheticExtracts(in folder: AgencyStoreFolder) throws -> [Agency: Report] {
        var reports: [Agency: Report] = [:]
        for agency in Agency.allCases {
            reports[agency] = try load(agency: agency, file: folder.extractURL(for: agency), format: .jsonLines, into: folder)
        }
        return reports
    }
}
