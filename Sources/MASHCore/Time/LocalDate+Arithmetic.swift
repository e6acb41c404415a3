extension LocalDate {
    /// Age in whole years on `date`; someone born on 29 February turns a year older on 1 March
    /// in common years. Negative if `date` is before this one.
    public func age(on date: LocalDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    /// Whole calendar months from this date to `other` (negative if `other` is earlier);
    /// 31 January to 28 February is 0 months, to 1 March is 1.
    public func months(until other: LocalDate) -> Int {
        if other < self { return -other.months(until: self) }
        var months = (other.year - year) * 12 + (other.month - month)
        if other.day < day { months -= 1 }
        return months
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSince1970: Int64 { CivilCalendar.daysSince1970(year: year, month: month, day: day) }

    /// Days from this date to `other` (negative if `other` is earlier).
    public func days(until other: LocalDate) -> Int64 { other.daysSince1970 - daysSince1970 }

    /// The date `days` days later (earlier if negative).
    public func adding(days: Int) -> LocalDate {
        let civil = CivilCalendar.date(daysSince1970: daysSince1970 + Int64(days))
        return LocalDate(uncheckedYear: civil.year, month: civil.month, day: civil.day)
    }

    /// Midnight UTC at the start of this date.
    public var startOfDayUTC: Timestamp {
        Timestamp(millisecondsSince1970: daysSince1970 * CivilCalendar.millisecondsPerDay)
    }
}
