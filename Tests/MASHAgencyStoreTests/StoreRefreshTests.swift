import Foundation
import MASHAgencyStore
import MASHCore
import Synchronization
import Testing

@Suite struct StoreRefreshTests {
    /// Load `version`: every record of Kerry's says which load it came from, and load n holds n + 1 of them.
    private func load(_ version: Int, to url: URL) throws {
        let records = (0...version).map {
            StoreFixtures.record("K\($0)", person: "P-KERRY", forename: "Kerry", surname: "Marsh", birth: "1994-06-21", summary: "load \(version)")
        } + (0..<300).map { StoreFixtures.record("F\($0)", person: "P-\($0)", forename: "Filler", surname: "Person\($0)", birth: "1980-01-01") }
        try AgencyStoreWriter.write(records, agency: .police, to: url, source: "load \(version)")
    }

    @Test func aRefreshUnderARunningQueryLoopNeverShowsHalfALoad() async throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = AgencyStoreFolder(folder).storeURL(for: .police)
        try load(0, to: url)
        var configuration = AgencyStoreConfiguration()
        configuration.refreshCheckSeconds = 0
        let store = try SQLiteAgencyRecordStore(agency: .police, url: url, configuration: configuration)
        let kerry = Subject(subjectId: "S1", role: .parent, forename: "Kerry", surname: "Marsh", dateOfBirth: LocalDate(iso8601: "1994-06-21"))

        let stop = Atomic<Bool>(false)
        let reader = Task.detached { () -> (queries: Int, torn: [String], versions: Set<Int>) in
            var queries = 0, torn: [String] = [], versions = Set<Int>()
            while !stop.load(ordering: .relaxed) {
                let summaries = (try? store.candidates(for: kerry).map(\.record.summary)) ?? ["failed"]
                queries += 1
                let loads = Set(summaries)
                guard loads.count == 1, let only = loads.first, let version = Int(only.dropFirst(5)), summaries.count == version + 1 else {
                    torn.append("\(summaries)")
                    continue
                }
                versions.insert(version)
            }
            return (queries, torn, versions)
        }
        for version in 1...8 {
            try load(version, to: url)
            try await Task.sleep(for: .milliseconds(30))
        }
        try await Task.sleep(for: .milliseconds(100))
        stop.store(true, ordering: .relaxed)
        let result = await reader.value
        #expect(result.torn.isEmpty, "queries saw a mixture of loads: \(result.torn.prefix(3))")
        #expect(result.versions.contains(8), "the last load became visible without reopening the store")
        #expect(result.versions.count > 1)
        #expect(result.queries > 10)
    }
}
