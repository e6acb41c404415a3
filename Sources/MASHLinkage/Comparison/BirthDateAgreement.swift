import MASHCore

/// How two dates of birth compare, allowing for the ways they are wrongly recorded.
public enum BirthDateAgreement: Sendable, Hashable, CaseIterable {
    /// The same date.
    case exact
    /// Day and month exchanged (a US-style entry).
    case dayMonthSwapped
    /// One digit of YYYYMMDD different, or two neighbouring digits exchanged.
    case oneDigitOff
    /// One side is 1 January of the other's year: only the year was known.
    case yearOnly
    /// The same year, otherwise different.
    case sameYear
    /// Different dates.
    case differs
    /// One side does not give a date.
    case missing

    /// Compares two dates of birth.
    public static func compare(_ lhs: LocalDate?, _ rhs: LocalDate?) -> BirthDateAgreement {
        guard let lhs, let rhs else { return .missing }
        if lhs == rhs { return .exact }
        if lhs.year == rhs.year, lhs.day == rhs.month, lhs.month == rhs.day { return .dayMonthSwapped }
        if isOneDigitOff(digits(lhs), digits(rhs)) { return .oneDigitOff }
        if lhs.year == rhs.year {
            let januaryFirst = (lhs.month == 1 && lhs.day == 1) || (rhs.month == 1 && rhs.day == 1)
            return januaryFirst ? .yearOnly : .sameYear
        }
        return .differs
    }

    private static func digits(_ date: LocalDate) -> [Int] {
        [date.year / 1000 % 10, date.year / 100 % 10, date.year / 10 % 10, date.year % 10,
         date.month / 10, date.month % 10, date.day / 10, date.day % 10]
    }

    private static func isOneDigitOff(_ a: [Int], _ b: [Int]) -> Bool {
        let differing = a.indices.filter { a[$0] != b[$0] }
        if differing.count == 1 { return true }
        // Neighbouring digits typed the wrong way round, e.g. 1987 for 1978.
        return differing.count == 2 && differing[1] == differing[0] + 1
            && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
    }
}
