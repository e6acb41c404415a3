@testable import MASHLinkage
import Testing

@Suite struct CSVReaderTests {
    private func records(_ text: String) -> [CSVReader.Record] { Array(CSVReader(text: text)) }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() {
        let rows = records("id,name,note\n1,\"Smith, Jo\",\"said \"\"hello\"\"\"\n2,\"two\nlines\",x\n3,,\n")
        #expect(rows.map(\.fields) == [
            ["id", "name", "note"], ["1", "Smith, Jo", "said \"hello\""], ["2", "two\nlines", "x"], ["3", "", ""],
        ])
        #expect(rows.map(\.line) == [1, 2, 3, 5], "a record starts on the line after the previous one's last line")
    }

    @Test func crlfByteOrderMarkAndAMissingLastLineBreak() {
        let rows = Array(CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,2\r\n3,\"4\r\n5\"".utf8)))
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4\r\n5"]])
    }

    @Test func anUnterminatedQuoteStopsWithTheLineItOpenedOn() {
        var reader = CSVReader(text: "a,b\n1,2\n3,\"open\n4,5\n")
        #expect(reader.next()?.fields == ["a", "b"])
        #expect(reader.next()?.fields == ["1", "2"])
        #expect(reader.next() == nil)
        #expect(reader.error == CSVError(line: 3, reason: "a quoted field opened on this line is never closed"))
    }

    @Test func textAfterAClosingQuoteIsKept() {
        #expect(records("\"ab\"c,d\n").first?.fields == ["abc", "d"])
    }

    @Test func writingQuotesOnlyWhatNeedsIt() {
        let line = CSVWriter.line(["plain", "a,b", "say \"x\"", "two\nlines"])
        #expect(line == "plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\"\n")
        #expect(records(line).first?.fields == ["plain", "a,b", "say \"x\"", "two\nlines"])
    }
}
