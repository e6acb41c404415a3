import MASHCore

extension LocalDate {
    /// The same day `months` calendar months earlier, the day clamped to the month's length
    /// (31 March less one month is 28 or 29 February); never before 0000-01-01.
    func subtracting(months: Int) -> LocalDate {
        let monthIndex = year &* 12 &+ (month - 1) &- max(0, months)
        guard monthIndex >= 0 else { return LocalDate(year: 0, month: 1, day: 1) ?? self }
        let newYear = monthIndex / 12, newMonth = monthIndex % 12 + 1
        let newDay = min(day, LocalDate.daysInMonth(year: newYear, month: newMonth))
        return LocalDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    /// Whether this date falls within the `months` months up to and including `end`:
    /// on or after `end` less `months` months, and not after `end`.
    func isWithin(months: Int, before end: LocalDate) -> Bool {
        self <= end && self >= end.subtracting(months: months)
    }
}
