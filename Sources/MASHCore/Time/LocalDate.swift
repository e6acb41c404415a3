/// A calendar date with no time or zone, encoded `YYYY-MM-DD`.
///
/// `init?(year:month:day:)` and `init?(iso8601:)` accept only real dates. Decoding checks the
/// shape (four-digit year, month 01-12, day 01-31) but not the calendar, so an impossible date
/// such as 2031-02-30 arriving in a referral reaches `Referral.validate()` and is reported with
/// its field path instead of failing the whole message; `isRealDate` tells the two apart.
public struct LocalDate: Sendable, Hashable, Comparable {
    /// The year, 0...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int

    /// A real calendar date, or nil (e.g. 2023-02-29, month 13, year outside 0...9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), CivilCalendar.isRealDate(year: year, month: month, day: day) else {
            return nil
        }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether this is a day that exists (false only for shape-valid decoded text like 2031-02-30).
    public var isRealDate: Bool { CivilCalendar.isRealDate(year: year, month: month, day: day) }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeapYear(_ year: Int) -> Bool { CivilCalendar.isLeapYear(year) }

    /// The number of days in a month (0 for a month outside 1...12).
    public static func daysInMonth(year: Int, month: Int) -> Int {
        CivilCalendar.daysInMonth(year: year, month: month)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
