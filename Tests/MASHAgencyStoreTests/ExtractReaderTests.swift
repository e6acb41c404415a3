import Foundation
import MASHAgencyStore
import MASHCore
import Testing

@Suite struct ExtractReaderTests {
    private let header = "Ref,Person,First,Last,DOB,Gender,Kind,When,Text,Share,factors\n"
    private let mapping = """
        # police extract columns
        recordId: Ref
        personId: Person
        forename: First
        surname: "Last"
        dateOfBirth: DOB
        sex: Gender
        kind: Kind
        date: When
        summary: Text
        disclosure: Share
        """

    @Test func malformedRowsAreRejectedWithLineAndReasonAndTheRestLoad() throws {
        let csv = header + """
            R1,P1,Kerry,Marsh,21/06/1994,F,crime-report,2025-01-02,"Arrest, no charge",social-care;health,3B
            R2,P2,Dean,Holloway,1990-13-40,M,crime-report,2025-01-02,text,hub-only,
            R3,,Lee,Marsh,,X,burglary,,text,nobody,99Z
            R1,P1,Kerry,Marsh,,F,crime-report,2025-02-02,"a second line
            in the summary",hub-only,
            R4,P4,,,,,crime-report,2025-01-02,text,hub-only,
            R5,P5,Leah,Marsh,2021-11-03,,missing-episode,2025-01-02,text,hub-only,

            """
        let reader = AgencyExtractReader(agency: .police, mapping: try ExtractColumnMapping(text: mapping, path: "police.yaml"))
        let contents = try reader.read(bytes: Array(csv.utf8), format: .csv, path: "police.csv")
        #expect(contents.records.map(\.recordId) == ["R1", "R5"])
        #expect(contents.records.first?.dateOfBirth == LocalDate(iso8601: "1994-06-21"))
        #expect(contents.records.first?.disclosure == .shareable(with: [.socialCare, .health]))
        #expect(contents.records.first?.factors == [.domesticViolenceParentOrCarer])
        #expect(contents.rejections.map(\.line) == [3, 4, 5, 7])
        #expect(contents.rejections[0].reason == "dateOfBirth \"1990-13-40\" is not a date")
        #expect(contents.rejections[1].reason.contains("personId is empty"))
        #expect(contents.rejections[1].reason.contains("kind \"burglary\" is not a record kind"))
        #expect(contents.rejections[1].reason.contains("date is empty"))
        #expect(contents.rejections[1].reason.contains("sex \"X\" is not F, M or unknown"))
        #expect(contents.rejections[1].reason.contains("factor \"99Z\" is not a CIN factor code"))
        #expect(contents.rejections[1].reason.contains("disclosure \"nobody\" is not an agency or hub-only"))
        #expect(contents.rejections[2].reason == "record id R1 already on line 2")
        #expect(contents.rejections[3].reason == "forename and surname are both empty")
    }

    @Test func jsonLinesRejectUndecodableAndForeignRecords() throws {
        let good = String(decoding: try MASHJSON.encode(StoreFixtures.record("R1", person: "P1", forename: "A", surname: "B", birth: nil)), as: UTF8.self)
        let foreign = String(decoding: try MASHJSON.encode(StoreFixtures.record("H1", agency: .health, person: "P1", forename: "A", surname: "B", birth: nil)), as: UTF8.self)
        let text = [good, "{\"recordId\": 1}", "", foreign].joined(separator: "\n")
        let contents = try AgencyExtractReader(agency: .police).read(bytes: Array(text.utf8), format: .jsonLines, path: "police.jsonl")
        #expect(contents.records.map(\.recordId) == ["R1"])
        #expect(contents.rejections.map(\.line) == [2, 4])
        #expect(contents.rejections[0].reason.hasPrefix("recordId: Expected to decode String"))
        #expect(contents.rejections[1].reason == "record H1 belongs to health, not police")
    }

    @Test func mappingsInJSONOrYAMLAgreeAndBadOnesSayWhere() throws {
        let yaml = try ExtractColumnMapping(text: mapping, path: "m.yaml")
        let json = try ExtractColumnMapping(text: """
            {"recordId": "Ref", "personId": "Person", "forename": "First", "surname": "Last", "dateOfBirth": "DOB",
             "sex": "Gender", "kind": "Kind", "date": "When", "summary": "Text", "disclosure": "Share"}
            """, path: "m.json")
        #expect(yaml == json)
        #expect(throws: AgencyExtractError(path: "m.yaml", line: 2, reason: "unknown field \"surnme\" (fields: \(RecordField.allCases.map(\.rawValue).joined(separator: ", ")))")) {
            try ExtractColumnMapping(text: "recordId: Ref\nsurnme: Last", path: "m.yaml")
        }
        #expect(throws: AgencyExtractError(path: "p.csv", line: 1, reason: "no column \"Nope\" (mapped to summary) in the header")) {
            try ExtractColumnMapping([.summary: "Nope"]).indexes(in: ["recordId"], path: "p.csv")
        }
        #expect(throws: AgencyExtractError(path: "p.csv", line: 1, reason: "no column for personId, kind, date, summary, disclosure: map one in the mapping file")) {
            try ExtractColumnMapping().indexes(in: ["recordId"], path: "p.csv")
        }
    }
}
