import Foundation
import MASHCore
import Testing

@Suite struct LocalDateTests {
    @Test func onlyRealDatesCanBeMade() {
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2026, month: 4, day: 31) == nil)
        #expect(LocalDate(year: 2026, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 0, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 1, day: 0) == nil)
        #expect(LocalDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(LocalDate(iso8601: "2023-02-29") == nil)
        #expect(LocalDate(iso8601: "2024-02-29")?.iso8601 == "2024-02-29")
        #expect(LocalDate.isLeapYear(2024) && !LocalDate.isLeapYear(2100) && LocalDate.isLeapYear(2400))
        #expect(LocalDate.daysInMonth(year: 2023, month: 2) == 28)
    }

    @Test(arguments: ["", "2026-3-1", "20260301", "2026-03-01T00:00:00Z", "2026-13-01", "2026-00-10", "2026-01-32", "abcd-ef-gh", "-2026-01-01"])
    func malformedTextIsRejected(text: String) {
        #expect(LocalDate(iso8601: text) == nil)
        #expect(throws: DecodingError.self) { try MASHJSON.decode(LocalDate.self, from: Data("\"\(text)\"".utf8)) }
    }

    @Test func decodingKeepsAnImpossibleDateForValidationToReport() throws {
        let date = try MASHJSON.decode(LocalDate.self, from: Data(#""2031-02-30""#.utf8))
        #expect(!date.isRealDate)
        #expect(date.description == "2031-02-30")
        #expect(try MASHJSON.decode(LocalDate.self, from: Data(#""2024-02-29""#.utf8)).isRealDate)
    }

    @Test func encodesAsPaddedText() throws {
        let date = try #require(LocalDate(year: 987, month: 6, day: 5))
        #expect(String(decoding: try MASHJSON.encode([date]), as: UTF8.self) == #"["0987-06-05"]"#)
    }

    @Test func ordering() throws {
        let dates = ["2026-03-01", "2025-12-31", "2026-02-28", "2026-03-10"].compactMap(LocalDate.init(iso8601:))
        #expect(dates.sorted().map(\.iso8601) == ["2025-12-31", "2026-02-28", "2026-03-01", "2026-03-10"])
    }

    @Test func ageInWholeYears() throws {
        let born = try #require(LocalDate(iso8601: "2010-06-15"))
        #expect(born.age(on: try #require(LocalDate(iso8601: "2028-06-14"))) == 17)
        #expect(born.age(on: try #require(LocalDate(iso8601: "2028-06-15"))) == 18)
        #expect(born.age(on: try #require(LocalDate(iso8601: "2010-06-15"))) == 0)
        let leapling = try #require(LocalDate(iso8601: "2008-02-29"))
        #expect(leapling.age(on: try #require(LocalDate(iso8601: "2026-02-28"))) == 17)
        #expect(leapling.age(on: try #require(LocalDate(iso8601: "2026-03-01"))) == 18)
    }

    @Test func wholeMonthsBetween() throws {
        func date(_ text: String) throws -> LocalDate { try #require(LocalDate(iso8601: text)) }
        #expect(try date("2025-03-01").months(until: date("2026-03-01")) == 12)
        #expect(try date("2025-03-15").months(until: date("2026-03-14")) == 11)
        #expect(try date("2026-01-31").months(until: date("2026-02-28")) == 0)
        #expect(try date("2026-01-31").months(until: date("2026-03-01")) == 1)
        #expect(try date("2026-03-01").months(until: date("2025-03-01")) == -12)
    }

    @Test func dayArithmetic() throws {
        let date = try #require(LocalDate(iso8601: "2024-02-28"))
        #expect(date.adding(days: 1).iso8601 == "2024-02-29")
        #expect(date.adding(days: 2).iso8601 == "2024-03-01")
        #expect(date.adding(days: -59).iso8601 == "2023-12-31")
        #expect(try #require(LocalDate(iso8601: "1970-01-01")).daysSince1970 == 0)
        #expect(date.days(until: date.adding(days: 366)) == 366)
        #expect(date.startOfDayUTC.iso8601 == "2024-02-28T00:00:00.000Z")
        #expect(date.startOfDayUTC.utcDate == date)
    }
}
