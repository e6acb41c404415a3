import Foundation
import MASHAgencyStore
import MASHCore
import MASHStages
import Testing

/// The search index answers every query as the SQLite search does: the same candidates, confidences,
/// evidence and records in the same order, the same residents and records by person, and so the same
/// researched case files, byte for byte.
@Suite struct IndexedSearchTests {
    private func stores(in folder: URL, searchIndex: Bool, maximumCandidates: Int) throws -> [SQLiteAgencyRecordStore] {
        var configuration = AgencyStoreConfiguration()
        configuration.searchIndex = searchIndex
        configuration.maximumCandidates = maximumCandidates
        configuration.readers = 1
        return try AgencyStoreFolder(folder).openAll(configuration: configuration)
    }

    @Test(arguments: [500, 25])
    func theIndexAnswersAsSQLiteDoes(maximumCandidates: Int) throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try ResearchFixture.write(to: folder)
        let indexed = try stores(in: folder, searchIndex: true, maximumCandidates: maximumCandidates)
        let plain = try stores(in: folder, searchIndex: false, maximumCandidates: maximumCandidates)
        #expect(indexed.allSatisfy { $0.searchIndexFigures != nil } && plain.allSatisfy { $0.searchIndexFigures == nil })

        var attached = 0
        for (fast, slow) in zip(indexed, plain) {
            for subject in try ResearchFixture.subjects(of: inputs) {
                let expected = try slow.candidates(for: subject)
                #expect(try fast.candidates(for: subject) == expected, "\(fast.agency.rawValue): \(subject.forename) \(subject.surname)")
                attached += expected.count
                if let address = subject.address {
                    #expect(try fast.recordsOfResidents(at: address) == slow.recordsOfResidents(at: address))
                }
            }
            let persons = ["EDGE-MOTHER", "EDGE-PARTNER", "EDGE-NOBODY", "EDGE-MOVER", "EDGE-BLOCK7"].map { "\(fast.agency.rawValue)-\($0)" } + [""]
            #expect(try fast.records(personIDs: persons) == slow.records(personIDs: persons))
            #expect(try fast.records(personIDs: persons).count == 6)
        }
        #expect(attached > 1000, "the fixture's subjects should be found")

        let fastResearch = AgencyResearch(stores: indexed), slowResearch = AgencyResearch(stores: plain)
        for input in inputs {
            #expect(try fastResearch.process(input) == slowResearch.process(input))
        }
    }

    @Test func theEdgesOfTheFixtureAreReached() throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try ResearchFixture.write(to: folder, people: 300, referrals: 5)
        let research = AgencyResearch(stores: try stores(in: folder, searchIndex: true, maximumCandidates: 500))
        func items(_ referralId: String) throws -> [IntelligenceItem] {
            let input = try #require(inputs.first { String(decoding: $0.value, as: UTF8.self).contains("\"EDGE-\(referralId)\"") })
            return try #require(try MASHJSON.decode(CaseFile.self, from: Data(research.process(input)[0].value)).research?.items)
        }
        let household = try items("HOUSEHOLD").filter { $0.owner == .police }
        let relations = Set(household.compactMap(\.relation))
        #expect(relations.isSuperset(of: ["self", "mother", "same address", "child at the same address"]), "\(relations)")
        #expect(relations.contains { $0.hasPrefix("alleged perpetrator") } && relations.contains { $0.hasPrefix("known associate") }, "\(relations)")
        #expect(try items("NOBODY").isEmpty)
        let jo = try #require(try ResearchFixture.subjects(of: inputs).first { $0.surname == "Bloggs" })
        let uncapped = try stores(in: folder, searchIndex: true, maximumCandidates: 500)
        let capped = try stores(in: folder, searchIndex: true, maximumCandidates: 25)
        #expect(try uncapped[0].candidates(for: jo).contains { $0.record.personId == "police-EDGE-BLOCK30" }, "within the first 500 compared")
        #expect(try !capped[0].candidates(for: jo).contains { $0.record.personId == "police-EDGE-BLOCK30" }, "beyond the first 25 compared")
    }
}
