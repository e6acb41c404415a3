import Foundation
import MASHAgencyStore
import MASHCore
import Testing

/// Agency extracts never silently destroy data: a load that is empty, mostly rejected or much smaller than
/// the store is refused and the old store stays; text that is not UTF-8 is refused where it goes wrong.
@Suite struct LoadSafeguardTests {
    private let header = "recordId,personId,forename,surname,kind,date,summary,disclosure\n"

    private func rows(_ count: Int, from start: Int = 0) -> String {
        (start..<(start + count)).map { "R\($0),P\($0),Kerry\($0 % 7),Marsh,crime-report,2025-01-02,text \($0),hub-only\n" }.joined()
    }

    /// A stores folder with a police store of `records` records already loaded.
    private func loaded(_ records: Int) throws -> (AgencyStoreFolder, URL) {
        let folder = try StoreFixtures.folder()
        let stores = AgencyStoreFolder(folder)
        let file = folder.appendingPathComponent("first.csv")
        try (header + rows(records)).write(to: file, atomically: true, encoding: .utf8)
        _ = try AgencyExtractLoader.load(agency: .police, file: file, into: stores)
        return (stores, folder)
    }

    private func count(_ stores: AgencyStoreFolder) throws -> Int {
        try LoadSafeguards.recordCount(of: stores.storeURL(for: .police)) ?? 0
    }

    private func load(_ text: String, into stores: AgencyStoreFolder, folder: URL, safeguards: LoadSafeguards = LoadSafeguards(),
                      encoding: ExtractEncoding = .utf8, bytes: [UInt8]? = nil) throws -> AgencyExtractLoader.Report {
        let file = folder.appendingPathComponent("next-\(UUID().uuidString).csv")
        try Data(bytes ?? Array(text.utf8)).write(to: file)
        return try AgencyExtractLoader.load(agency: .police, file: file, encoding: encoding, safeguards: safeguards, into: stores)
    }

    @Test(arguments: ["", "recordId,personId,forename,surname,kind,date,summary,disclosure\n"])
    func anEmptyOrHeaderOnlyExtractIsRefused(text: String) throws {
        let (stores, folder) = try loaded(50)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: AgencyExtractError.self) { try load(text, into: stores, folder: folder) }
        #expect(try count(stores) == 50, "the old store stays served")
    }

    @Test func tooManyRejectedRowsAreRefused() throws {
        let (stores, folder) = try loaded(50)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = (0..<6).map { "X\($0),,,,burglary,,,\n" }.joined()
        do {
            _ = try load(header + rows(50) + bad, into: stores, folder: folder)
            Issue.record("a load with 6 of 56 rows rejected was accepted")
        } catch let error as AgencyExtractError {
            #expect(error.reason.hasPrefix("6 of 56 rows rejected (10.7 %), over the limit of 5.0 %"))
        }
        // Two bad rows of 52 are within the limit: the load goes ahead and lists them.
        let report = try load(header + rows(50) + bad.split(separator: "\n").prefix(2).map { $0 + "\n" }.joined(), into: stores, folder: folder)
        #expect(report.rejections.count == 2 && report.summary.records == 50)
    }

    @Test func aLoadMuchSmallerThanTheStoreIsRefusedUnlessAllowed() throws {
        let (stores, folder) = try loaded(100)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try load(header + rows(70), into: stores, folder: folder)
            Issue.record("a load losing 30 % of the store was accepted")
        } catch let error as AgencyExtractError {
            #expect(error.reason.contains("would shrink the store from 100 to 70 records (30.0 % fewer)"))
            #expect(error.reason.hasSuffix("pass --allow-shrink if that is intended"))
        }
        #expect(try count(stores) == 100)
        _ = try load(header + rows(85), into: stores, folder: folder)
        #expect(try count(stores) == 85, "15 % fewer is within the limit")
        _ = try load(header + rows(10), into: stores, folder: folder, safeguards: LoadSafeguards(allowShrink: true))
        #expect(try count(stores) == 10)
    }

    @Test func textThatIsNotUTF8IsRefusedWithItsLineAndByte() throws {
        let (stores, folder) = try loaded(20)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = header + rows(3) + "R9,P9,Zo\u{EB},Marsh,crime-report,2025-01-02,text,hub-only\n"
        var latin1 = Array(text.utf8)
        // "ë" as Latin-1 is one byte, 0xEB: not UTF-8.
        let at = latin1.firstIndex(of: 0xC3)!
        latin1.replaceSubrange(at...(at + 1), with: [0xEB])
        do {
            _ = try load("", into: stores, folder: folder, bytes: latin1)
            Issue.record("Latin-1 text was read as UTF-8")
        } catch let error as AgencyExtractError {
            #expect(error.line == 5)
            #expect(error.reason.hasPrefix("not UTF-8 at byte \(at) (0xEB)"))
        }
        let report = try load("", into: stores, folder: folder, safeguards: LoadSafeguards(allowShrink: true), encoding: .latin1, bytes: latin1)
        #expect(report.summary.records == 4)
        let store = try SQLiteAgencyRecordStore(agency: .police, url: stores.storeURL(for: .police))
        #expect(try store.records(personIDs: ["P9"]).first?.forename == "Zoë")
    }

    @Test func oversizedFieldsAreRejectedNamingTheField() throws {
        let reader = AgencyExtractReader(agency: .police)
        let long = String(repeating: "a", count: 150)
        let contents = try reader.read(bytes: Array((header + "R1,P1,\(long),Marsh,crime-report,2025-01-02,text,hub-only\n" + rows(2, from: 5)).utf8),
                                       format: .csv, path: "police.csv")
        #expect(contents.records.count == 2)
        #expect(contents.rejections.map(\.description) == ["line 2: forename: 150 characters is over the limit of 100"])
    }
}
