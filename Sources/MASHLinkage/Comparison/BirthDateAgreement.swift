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
        if isOneDigitOff(lhs, rhs) { return .oneDigitOff }
        if lhs.year == rhs.year {
            let januaryFirst = (lhs.month == 1 && lhs.day == 1) || (rhs.month == 1 && rhs.day == 1)
            return januaryFirst ? .yearOnly : .sameYear
        }
        return .differs
    }

    /// Digit `index` of the date written YYYYMMDD.
    private static func digit(_ date: LocalDate, _ index: Int) -> Int {
        switch index {
        case 0: date.year / 1000 % 10
        case 1: date.year / 100 % 10
        case 2: date.year / 10 % 10
        case 3: date.year % 10
        case 4: date.month / 10
        case 5: date.month % 10
        case 6: date.day / 10
        default: date.day % 10
        }
    }

    private static func isOneDigitOff(_ a: LocalDate, _ b: LocalDate) -> Bool {
        var differing = 0, first = 0, second = 0
        for index in 0..<8 where digit(a, index) != digit(b, index) {
            differing += 1
            if differing == 1 { first = index } else if differing == 2 { second = index } else { return false }
        }
        if differing == 1 { return true }
        // Neighbouring digits typed the wrong way round, e.g. 1987 for 1978.
        return differing == 2 && second == first + 1
            && digit(a, first) == digit(b, second) && digit(a, second) == digit(b, first)
    }
}
