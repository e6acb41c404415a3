import Foundation

/// An instant, held as whole milliseconds since 1970-01-01T00:00:00Z.
///
/// Encoded as ISO-8601 UTC with exactly three fractional digits, e.g. `2026-03-01T09:15:00.000Z`.
/// Arithmetic saturates at the ends of the range rather than trapping.
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Milliseconds since the Unix epoch (negative before 1970).
    public var millisecondsSince1970: Int64

    /// The instant `millisecondsSince1970` ms after the Unix epoch.
    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    /// The instant a `Date` names, truncated to the millisecond.
    public init(_ date: Date) {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded(.down)
        self.millisecondsSince1970 = Int64(exactly: milliseconds) ?? (milliseconds < 0 ? .min : .max)
    }

    /// The current time, to the millisecond.
    public static var now: Timestamp { Timestamp(Date()) }

    /// This instant as a Foundation `Date`.
    public var date: Date { Date(timeIntervalSince1970: Double(millisecondsSince1970) / 1000) }

    /// The calendar date of this instant in UTC.
    public var utcDate: LocalDate {
        let days = millisecondsSince1970 >= 0
            ? millisecondsSince1970 / CivilCalendar.millisecondsPerDay
            : (millisecondsSince1970 + 1) / CivilCalendar.millisecondsPerDay - 1
        let civil = CivilCalendar.date(daysSince1970: days)
        return LocalDate(uncheckedYear: civil.year, month: civil.month, day: civil.day)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }
}
