import Foundation
import GRDB
import MASHAgencyStore
import MASHCore
import MASHStages
import Testing

@Suite struct SQLiteStoreTests {
    @Test func aSubjectFindsEveryRecordOfTheirPersonWithEvidenceAndNotTheirRelatives() throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = AgencyStoreFolder(folder).storeURL(for: .police)
        let summary = try AgencyStoreWriter.write(StoreFixtures.household, agency: .police, to: url, source: "test")
        #expect(summary.records == 5 && summary.persons == 4 && summary.identities == 4)
        let store = try SQLiteAgencyRecordStore(agency: .police, url: url)

        let kerry = Subject(subjectId: "S2", role: .parent, forename: "KERRY", surname: "marsh", dateOfBirth: LocalDate(iso8601: "1994-06-21"),
                            address: Address(line1: "3 Mill Lane", postcode: "nf12ab"))
        let matches = try store.candidates(for: kerry)
        #expect(matches.map(\.record.recordId) == ["R2", "R3"])
        #expect(matches.allSatisfy { $0.status == .match && $0.confidence > 0.99 })
        #expect(matches.first?.evidence == ["surname agrees", "forename agrees", "date of birth agrees", "address agrees"])
        #expect(matches.first?.record == StoreFixtures.household[1], "a record reads back as it was loaded")
        #expect(try store.records(personIDs: ["P-DEAN", "NOBODY"]).map(\.recordId) == ["R4"])
        let residents = try store.recordsOfResidents(at: Address(line1: "3 MILL LANE", postcode: "NF1 2AB"))
        #expect(Set(residents.map(\.personId)) == ["P-LEAH", "P-KERRY", "P-DEAN"])
    }

    @Test func aMissingStoreOrAnotherAgencysFileSaysWhatIsWrong() throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stores = AgencyStoreFolder(folder)
        #expect(throws: AgencyStoreError.self) { try SQLiteAgencyRecordStore(agency: .health, url: stores.storeURL(for: .health)) }
        try AgencyStoreWriter.write(StoreFixtures.household, agency: .police, to: stores.storeURL(for: .police), source: "test")
        do {
            _ = try SQLiteAgencyRecordStore(agency: .health, url: stores.storeURL(for: .police))
            Issue.record("opened police's store as health's")
        } catch {
            #expect("\(error)".hasSuffix("police.sqlite: this is police's store, not health's"))
        }
    }

    @Test func aStoreHoldingAnUnreadableValueSaysWhichInsteadOfInventingARecord() throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = AgencyStoreFolder(folder).storeURL(for: .police)
        try AgencyStoreWriter.write(StoreFixtures.household, agency: .police, to: url, source: "test")
        try DatabaseQueue(path: url.path).write { db in try db.execute(sql: "UPDATE record SET kind = 'rumour' WHERE record_id = 'R4'") }
        let store = try SQLiteAgencyRecordStore(agency: .police, url: url)
        #expect(try store.records(personIDs: ["P-KERRY"]).map(\.recordId) == ["R2", "R3"])
        do {
            _ = try store.records(personIDs: ["P-DEAN"])
            Issue.record("read a record of an unknown kind")
        } catch {
            #expect("\(error)".hasSuffix("the store holds an unreadable kind of record R4"))
        }
    }

    @Test func researchAttachesAdultsAtTheChildsAddressAsSameAddress() throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = AgencyStoreFolder(folder).storeURL(for: .police)
        try AgencyStoreWriter.write(StoreFixtures.household, agency: .police, to: url, source: "test")
        let store = try SQLiteAgencyRecordStore(agency: .police, url: url)
        let leah = Subject(subjectId: "S1", role: .child, forename: "Leah", surname: "Marsh", dateOfBirth: LocalDate(iso8601: "2021-11-03"),
                           address: Address(line1: "3 Mill Lane", postcode: "NF1 2AB"), relationshipToChild: "self")
        let kerry = Subject(subjectId: "S2", role: .parent, forename: "Kerry", surname: "Marsh",
                            address: Address(line1: "3 Mill Lane", postcode: "NF1 2AB"), relationshipToChild: "mother")
        let received = Timestamp(iso8601: "2026-03-01T09:00:00.000Z")!
        let referral = Referral(
            referralId: "SCH/1", receivedAt: received, source: .schools, referrer: Referrer(agency: .education, name: "DSL"),
            concern: Concern(summary: "Left alone.", categories: [.neglect]), subjects: [leah, kerry], consent: .given
        )
        let caseFile = CaseFile(
            caseId: "CASE-1", referralId: "SCH/1", receivedAt: received, subjectKey: referral.subjectKey, referral: referral,
            screening: Screening(rag: .amber, level: .childInNeed, researchDeadline: received, reasons: [], isReReferral: false, previousReferralCount: 0),
            timestamps: StageTimestamps(received: received, referral: received)
        )
        let output = try AgencyResearch(stores: [store]).process(StageInput(value: Array(try MASHJSON.encode(caseFile)), ingestedAt: received, now: received))
        let items = try #require(try MASHJSON.decode(CaseFile.self, from: Data(output[0].value)).research?.items)
        // Dean lives there and is no subject: found by address. Kerry is a subject: hers are her own items.
        #expect(items.first { $0.itemId.contains("R4") }?.relation == "same address")
        #expect(items.first { $0.itemId.contains("R4") }?.subjectId == "S1")
        #expect(items.filter { $0.itemId.contains("R2") }.map(\.relation) == ["mother"])
        #expect(!items.contains { $0.itemId.contains("R5") })
    }
}
