import Foundation
import MASHCore
@testable import MASHStages
import Testing

@Suite struct InMemoryAgencyRecordStoreTests {
    @Test func anNHSNumberMatchIsCertainAndSaysSo() throws {
        let store = InMemoryAgencyRecordStore(agency: .health, records: [
            Fixtures.record("H1", agency: .health, person: "PDS-1", forename: "Avah", birth: "2016-05-21", nhs: "943 476 5919"),
        ])
        let matches = try store.candidates(for: Fixtures.child)
        #expect(matches.map(\.record.recordId) == ["H1"])
        #expect(matches.first?.confidence == 1.0)
        #expect(matches.first?.status == .match)
        #expect(matches.first?.evidence == ["nhs number", "surname"])
    }

    @Test func aUPNMatchIsCertain() throws {
        var child = Fixtures.child
        child.upn = "x999123526001"
        let store = InMemoryAgencyRecordStore(agency: .education, records: [
            Fixtures.record("E1", agency: .education, person: "E-1", forename: "A", surname: "B", birth: nil, upn: "X999123526001"),
        ])
        let match = try #require(try store.candidates(for: child).first)
        #expect(match.confidence == 1.0)
        #expect(match.evidence == ["upn"])
    }

    @Test func namesAndDateOfBirthMatchAfterNormalisation() throws {
        var subject = Fixtures.child
        subject.surname = "O'Brien-Smith"
        subject.forename = "  ZOË "
        subject.nhsNumber = nil
        let store = InMemoryAgencyRecordStore(agency: .police, records: [
            Fixtures.record("P1", person: "P-1", forename: "Zoe", surname: "obrien smith"),
            Fixtures.record("P2", person: "P-2", forename: "Zoe", surname: "obrien smith", birth: "2016-05-13"),
        ])
        let matches = try store.candidates(for: subject)
        #expect(matches.map(\.record.recordId) == ["P1"])
        #expect(matches.first?.confidence == 0.9)
        #expect(matches.first?.evidence == ["surname", "forename", "date of birth"])
    }

    @Test func differentNHSNumbersAreDifferentPeopleWhateverTheirNames() throws {
        let store = InMemoryAgencyRecordStore(agency: .health, records: [
            Fixtures.record("H1", agency: .health, person: "PDS-2", nhs: "9991000232"),
        ])
        #expect(try store.candidates(for: Fixtures.child).isEmpty)
    }

    @Test func theAgencysOwnPersonIdMatches() throws {
        let store = InMemoryAgencyRecordStore(agency: .police, records: [
            Fixtures.record("P1", person: "P-900", forename: "Robert", surname: "Teller", birth: "1988-02-07"),
        ])
        let match = try #require(try store.candidates(for: Fixtures.partner).first)
        #expect(match.evidence == ["police id", "surname"])
        #expect(match.confidence == 1.0)
    }

    @Test func aMatchBringsEveryRecordOfThePersonOldestFirst() throws {
        let store = InMemoryAgencyRecordStore(agency: .health, records: [
            Fixtures.record("H2", agency: .health, person: "PDS-1", forename: "Ava", surname: "L", birth: nil, date: "2026-02-01"),
            Fixtures.record("H1", agency: .health, person: "PDS-1", nhs: "9434765919", date: "2025-01-01"),
            Fixtures.record("H3", agency: .health, person: "PDS-9", forename: "Other", birth: nil),
        ])
        let matches = try store.candidates(for: Fixtures.child)
        #expect(matches.map(\.record.recordId) == ["H1", "H2"])
        #expect(try store.records(personIDs: ["PDS-9", "NOBODY"]).map(\.recordId) == ["H3"])
    }

    @Test func recordsOfAnotherAgencyAreNotTheStores() throws {
        let store = InMemoryAgencyRecordStore(agency: .health, records: [Fixtures.record("P1", agency: .police, nhs: "9434765919")])
        #expect(store.count == 0)
        #expect(try store.candidates(for: Fixtures.child).isEmpty)
    }

    @Test func anExtractLoadsFromJSONLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-stores-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("agencies"), withIntermediateDirectories: true)
        let lines = try [Fixtures.record("H1", agency: .health, nhs: "9434765919"), Fixtures.record("H2", agency: .health)]
            .map { String(decoding: try MASHJSON.encode($0), as: UTF8.self) }
        let url = InMemoryAgencyRecordStore.extractURL(agency: .health, in: folder)
        try (lines.joined(separator: "\n") + "\n\n").write(to: url, atomically: true, encoding: .utf8)

        let store = try InMemoryAgencyRecordStore.load(agency: .health, from: folder)
        #expect(store.count == 2)
        #expect(try store.candidates(for: Fixtures.child).count == 2)

        try (lines[0] + "\n{\"recordId\": 1}\n").write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: AgencyExtractError.self) { try InMemoryAgencyRecordStore.load(agency: .health, from: folder) }
        do {
            _ = try InMemoryAgencyRecordStore.load(agency: .health, from: folder)
        } catch {
            #expect("\(error)".contains("health.jsonl:2: recordId: Expected to decode String"))
        }
        #expect(throws: AgencyExtractError.self) { try InMemoryAgencyRecordStore.load(agency: .police, from: folder) }
    }

    @Test func aRecordOfAnotherAgencyInTheExtractIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-stores-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("agencies"), withIntermediateDirectories: true)
        let line = String(decoding: try MASHJSON.encode(Fixtures.record("P1", agency: .police)), as: UTF8.self)
        try line.write(to: InMemoryAgencyRecordStore.extractURL(agency: .health, in: folder), atomically: true, encoding: .utf8)
        do {
            _ = try InMemoryAgencyRecordStore.load(agency: .health, from: folder)
            Issue.record("loaded a police record as health's")
        } catch {
            #expect("\(error)".hasSuffix("health.jsonl:1: record P1 belongs to police, not health"))
        }
    }
}
