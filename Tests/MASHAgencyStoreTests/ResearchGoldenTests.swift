import Foundation
import MASHAgencyStore
import MASHCore
import MASHStages
import Testing

/// Research over the fixture's stores gives what it gave before the search index and the query scorer.
@Suite struct ResearchGoldenTests {
    /// The digest of every case file researched, recorded by this test's body run against commit 8084f15
    /// (the SQLite search and PersonComparison's own scoring, before issue 15).
    static let digestBeforeTheIndex = "48216c4eeb1ef09f8e4c05d98effb48c29715bfe838e3b122cd920f0466709f4"

    @Test(arguments: [true, false])
    func researchAnswersAsItDidBeforeTheIndex(searchIndex: Bool) throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try ResearchFixture.write(to: folder)
        var configuration = AgencyStoreConfiguration()
        configuration.searchIndex = searchIndex
        let research = AgencyResearch(stores: try AgencyStoreFolder(folder).openAll(configuration: configuration))
        var digest = SHA256()
        for input in inputs {
            for record in try research.process(input) {
                digest.update(record.key)
                digest.update(record.value)
            }
        }
        #expect(SHA256.hex(digest.finalize()) == Self.digestBeforeTheIndex)
    }
}
