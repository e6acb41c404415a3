import MASHCore

/// Dates as whole days since 1970-01-01, for cheap arithmetic while generating.
enum DayNumber {
    private static let epoch = LocalDate(year: 1970, month: 1, day: 1)!

    static func of(_ date: LocalDate) -> Int { Int(date.daysSince1970) }

    static func date(_ day: Int) -> LocalDate { epoch.adding(days: day) }

    static let millisecondsPerDay: Int64 = 86_400_000
}
