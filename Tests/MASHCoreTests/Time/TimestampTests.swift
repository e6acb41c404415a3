import Foundation
import MASHCore
import Testing

@Suite struct TimestampTests {
    @Test func formatsUTCWithExactlyMilliseconds() {
        #expect(Timestamp(millisecondsSince1970: 0).iso8601 == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp(millisecondsSince1970: 1_772_356_500_000).iso8601 == "2026-03-01T09:15:00.000Z")
        #expect(Timestamp(millisecondsSince1970: 1_772_356_500_007).iso8601 == "2026-03-01T09:15:00.007Z")
        #expect(Timestamp(millisecondsSince1970: -1).iso8601 == "1969-12-31T23:59:59.999Z")
        #expect(Timestamp(millisecondsSince1970: 951_782_400_000).iso8601 == "2000-02-29T00:00:00.000Z")
    }

    @Test(arguments: [
        "2026-03-01T09:15:00.000Z", "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "2000-02-29T12:00:00.500Z",
        "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2024-12-31T23:59:59.123Z",
    ])
    func roundTripsCanonicalText(text: String) throws {
        let timestamp = try #require(Timestamp(iso8601: text))
        #expect(timestamp.iso8601 == text)
    }

    @Test func agreesWithFoundation() throws {
        var generator = SystemRandomNumberGenerator()
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        for _ in 0..<500 {
            let seconds = Int64.random(in: -2_000_000_000...4_000_000_000, using: &generator)
            let timestamp = Timestamp(millisecondsSince1970: seconds * 1000)
            #expect(formatter.string(from: timestamp.date).replacingOccurrences(of: "Z", with: ".000Z") == timestamp.iso8601)
        }
    }

    @Test(arguments: [
        ("2026-03-01T09:15:00Z", "2026-03-01T09:15:00.000Z"),
        ("2026-03-01T09:15:00.1Z", "2026-03-01T09:15:00.100Z"),
        ("2026-03-01T09:15:00.12Z", "2026-03-01T09:15:00.120Z"),
        ("2026-03-01T09:15:00.123456789Z", "2026-03-01T09:15:00.123Z"),
        ("2026-03-01T10:15:00.000+01:00", "2026-03-01T09:15:00.000Z"),
        ("2026-03-01T09:15:00+00:00", "2026-03-01T09:15:00.000Z"),
        ("2026-03-01T04:45:00-0430", "2026-03-01T09:15:00.000Z"),
        ("2026-03-01T00:30:00+01:00", "2026-02-28T23:30:00.000Z"),
        ("2026-03-01t09:15:00z", "2026-03-01T09:15:00.000Z"),
    ])
    func parsesVariantsToTheSameInstant(text: String, canonical: String) throws {
        #expect(try #require(Timestamp(iso8601: text)).iso8601 == canonical)
    }

    @Test(arguments: [
        "", "garbage", "2026-03-01", "2026-03-01T09:15:00", "2026-03-01T09:15:00.Z", "2026-02-30T09:15:00Z",
        "2026-13-01T09:15:00Z", "2026-03-01T24:00:00Z", "2026-03-01T09:60:00Z", "2026-03-01T09:15:60Z",
        "2026-03-01T09:15:00+25:00", "2026-03-01T09:15:00Z ", " 2026-03-01T09:15:00Z", "2026-3-1T9:15:00Z",
        "２０２６-03-01T09:15:00Z", "2026-03-01T09:15:00.000ZZ", "2026-03-01T09:15:00+01", "\u{0}",
    ])
    func rejectsGarbageWithoutTrapping(text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test func decodingRejectsGarbageWithAClearError() {
        #expect(throws: DecodingError.self) { try MASHJSON.decode(Timestamp.self, from: Data(#""yesterday""#.utf8)) }
        #expect(throws: DecodingError.self) { try MASHJSON.decode(Timestamp.self, from: Data("1772356500000".utf8)) }
    }

    @Test func codesAsAJSONString() throws {
        let timestamp = Timestamp(millisecondsSince1970: 1_772_356_500_250)
        let data = try MASHJSON.encode([timestamp])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-03-01T09:15:00.250Z"]"#)
        #expect(try MASHJSON.decode([Timestamp].self, from: data) == [timestamp])
    }

    @Test func arithmeticAndOrdering() throws {
        let start = try #require(Timestamp(iso8601: "2026-03-01T09:15:00.000Z"))
        #expect(start.adding(hours: 4).iso8601 == "2026-03-01T13:15:00.000Z")
        #expect(start.adding(minutes: -15).iso8601 == "2026-03-01T09:00:00.000Z")
        #expect(start.adding(days: 1).iso8601 == "2026-03-02T09:15:00.000Z")
        #expect((start + .seconds(90)).iso8601 == "2026-03-01T09:16:30.000Z")
        #expect((start + .milliseconds(1)).iso8601 == "2026-03-01T09:15:00.001Z")
        #expect((start - .seconds(1)).iso8601 == "2026-03-01T09:14:59.000Z")
        #expect(start.adding(hours: 2) - start == .seconds(7200))
        #expect(start < start.adding(milliseconds: 1))
        #expect(Timestamp(millisecondsSince1970: .max).adding(hours: 1).millisecondsSince1970 == .max)
        #expect(Timestamp(millisecondsSince1970: .min).adding(days: -1).millisecondsSince1970 == .min)
    }

    @Test func nowAndDatesAgree() {
        let before = Date()
        let now = Timestamp.now
        #expect(abs(now.date.timeIntervalSince(before)) < 5)
        #expect(Timestamp(Date(timeIntervalSince1970: 1.2345)).millisecondsSince1970 == 1234)
        #expect(Timestamp(Date(timeIntervalSince1970: -0.0005)).millisecondsSince1970 == -1)
    }

    @Test func utcDate() throws {
        #expect(try #require(Timestamp(iso8601: "2026-03-01T23:59:59.999Z")).utcDate == LocalDate(year: 2026, month: 3, day: 1))
        #expect(Timestamp(millisecondsSince1970: -1).utcDate == LocalDate(year: 1969, month: 12, day: 31))
    }
}
