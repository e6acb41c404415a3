import Foundation
import MASHCore
import MASHSynthetic
import Testing

@Suite struct JSONBytesTests {
    @Test func awkwardTextSurvivesTheRoundTrip() throws {
        let record = AgencyRecord(
            recordId: "R/1", agency: .police, personId: "P\"1\\", forename: "Zoë \"Zed\"", surname: "O'Brien\\Łukasz",
            dateOfBirth: LocalDate(year: 999, month: 1, day: 2), sex: .unknown, addressLine1: "tab\there\nline\u{1}",
            kind: .crimeReport, date: LocalDate(year: 2026, month: 12, day: 31)!, summary: "emoji 👩‍👧 and / slash",
            factors: [], dashYesCount: -12, associateIds: [], disclosure: .withinHubOnly
        )
        var buffer = JSONBytes()
        buffer.append(record)
        let data = Data(buffer.bytes)
        #expect(try MASHJSON.decode(AgencyRecord.self, from: data) == record)
        #expect(try SyntheticFixtures.sameJSON(data, MASHJSON.encode(record)))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"0999-01-02\""))
        #expect(text.contains("R/1"), "slashes are not escaped")
        #expect(!text.contains("\n"))
    }

    @Test func absentOptionalsAreOmittedNotNull() {
        let record = AgencyRecord(
            recordId: "R1", agency: .housing, personId: "H1", forename: "A", surname: "B", kind: .housingRecord,
            date: LocalDate(year: 2025, month: 5, day: 6)!, summary: "s", disclosure: .shareable(with: [.socialCare])
        )
        var buffer = JSONBytes()
        buffer.append(record)
        let text = String(decoding: buffer.bytes, as: UTF8.self)
        #expect(text == #"{"recordId":"R1","agency":"housing","personId":"H1","forename":"A","surname":"B","kind":"housing-record","date":"2025-05-06","summary":"s","factors":[],"disclosure":{"hubOnly":false,"shareableWith":["social-care"]}}"#)
        buffer.removeAll()
        #expect(buffer.count == 0)
    }

    @Test(arguments: ["\"", "\\", "\n", "\u{0}", "\u{1F}"])
    func specialCharactersAreEscapedWhereverTheyFall(special: String) throws {
        for length in [1, 7, 8, 9, 16, 23] {
            for position in 0..<length {
                let text = String(repeating: "a", count: position) + special + String(repeating: "é", count: length - position - 1)
                var buffer = JSONBytes()
                buffer.string(text)
                let decoded = try JSONDecoder().decode(String.self, from: Data(buffer.bytes))
                #expect(decoded == text, "length \(length), position \(position)")
            }
        }
        var clean = JSONBytes()
        clean.string("plain text, no escapes ~ é ü 👍")
        #expect(clean.bytes == Array("\"plain text, no escapes ~ é ü 👍\"".utf8))
    }

    @Test func largeOutputGrowsTheBuffer() {
        var buffer = JSONBytes(capacity: 16)
        let long = String(repeating: "x", count: 10_000)
        buffer.string(long)
        #expect(buffer.count == 10_002)
        #expect(buffer.bytes.first == UInt8(ascii: "\"") && buffer.bytes.last == UInt8(ascii: "\""))
    }
}
