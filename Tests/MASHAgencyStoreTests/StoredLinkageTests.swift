import Foundation
@testable import MASHAgencyStore
import MASHCore
import MASHLinkage
import MASHSynthetic
import Testing

/// A load learns how to match against itself; research uses it.
@Suite struct StoredLinkageTests {
    @Test func aLargeLoadKeepsWeightsLearnedFromItsIdentitiesAndResearchMatchesWithThem() throws {
        let hub = try SyntheticHub.generateInMemory(configuration: SyntheticHubConfiguration(people: 40_000, referrals: 0, seed: 5))
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stores = AgencyStoreFolder(folder)
        let agency = Agency.allCases.max { (hub.extracts[$0] ?? []).count < (hub.extracts[$1] ?? []).count }!
        let records = (hub.extracts[agency] ?? []).map(\.record)
        let summary = try AgencyStoreWriter.write(records, agency: agency, to: stores.storeURL(for: agency), source: "test")
        #expect(summary.identities >= PersonFileLinker.minimumRecordsToLearn, "\(summary.identities) identities")

        var configuration = AgencyStoreConfiguration()
        configuration.readers = 1
        configuration.searchIndex = false
        let generation = try StoreGeneration(path: stores.storeURL(for: agency).path, configuration: configuration)
        let stored = try generation.read { StoredLinkage.read(from: $0) }
        let model = try #require(stored.model)
        #expect(model.learned?.records == summary.identities)
        #expect(!stored.frequencies.surname.isEmpty)
        // The learned weights, under the hub's prior and thresholds.
        #expect(generation.matcher.configuration.weights == model.weights)
        #expect(generation.matcher.configuration.thresholds == MatchThresholds())
        #expect(model.weights != MatchWeights())

        // Every person is still found by their own first record's details.
        let store = try SQLiteAgencyRecordStore(agency: agency, url: stores.storeURL(for: agency))
        for record in records.prefix(50) {
            let subject = Subject(subjectId: "S1", role: .child, forename: record.forename, surname: record.surname, dateOfBirth: record.dateOfBirth)
            let found = try store.candidates(for: subject)
            #expect(found.contains { $0.record.personId == record.personId }, "\(record.personId) not found by its own details")
        }
    }

    @Test func aSmallLoadKeepsTheShippedWeights() throws {
        let linkage = StoredLinkage.learn(from: [PersonIdentity(names: [PersonName(forename: "Ava", surname: "Marsh")])])
        #expect(linkage.model == nil && linkage.rows().map(\.0) == [StoredLinkage.frequenciesRow])
        #expect(linkage.matcher(hub: LinkageConfiguration()).configuration == LinkageConfiguration())
    }
}
