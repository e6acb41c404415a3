import Foundation
import GRDB
import MASHCore

/// What keeps a load from silently destroying an agency's store: a new load replaces the old one only if it
/// has records, rejects few of its rows, and does not shrink the store by much (unless told it may).
public struct LoadSafeguards: Sendable, Hashable {
    /// The largest share of rows that may be rejected. Default 5 %.
    public var maximumRejectedShare: Double
    /// The largest share of the store's records a load may lose. Default 20 %.
    public var maximumShrink: Double
    /// Whether a load may shrink the store by more (`--allow-shrink`). Default false.
    public var allowShrink: Bool

    public init(maximumRejectedShare: Double = 0.05, maximumShrink: Double = 0.20, allowShrink: Bool = false) {
        self.maximumRejectedShare = maximumRejectedShare
        self.maximumShrink = maximumShrink
        self.allowShrink = allowShrink
    }

    /// Refuses `contents` for the store at `store` (which keeps being served), saying why.
    func check(_ contents: AgencyExtractReader.Contents, replacing store: URL, extract path: String) throws {
        let loaded = contents.records.count, rejected = contents.rejections.count
        guard loaded > 0 else {
            throw AgencyExtractError(path: path, reason: "no record to load (\(rejected == 0 ? "the extract is empty or only a header" : "every row was rejected")): the store was not replaced")
        }
        let share = Double(rejected) / Double(loaded + rejected)
        if share > maximumRejectedShare {
            throw AgencyExtractError(path: path, reason: "\(rejected) of \(loaded + rejected) rows rejected (\(Self.percent(share))), over the limit of \(Self.percent(maximumRejectedShare)): the store was not replaced")
        }
        guard !allowShrink, let existing = try Self.recordCount(of: store), existing > 0 else { return }
        let shrink = Double(existing - loaded) / Double(existing)
        if shrink > maximumShrink {
            throw AgencyExtractError(path: path, reason: "the load would shrink the store from \(existing) to \(loaded) records (\(Self.percent(shrink)) fewer), over the limit of \(Self.percent(maximumShrink)): the store was not replaced; pass --allow-shrink if that is intended")
        }
    }

    /// How many records the store at `url` holds, or nil if there is none.
    public static func recordCount(of url: URL) throws -> Int? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM record") }
    }

    private static func percent(_ share: Double) -> String {
        String(format: "%.1f %%", share * 100)
    }
}
