import MASHCore

/// A day of the week, as a policy file names it ("monday"...).
public enum Weekday: String, Codable, Sendable, Hashable, CaseIterable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Monday to Friday.
    public static let mondayToFriday: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]

    /// The weekday of the day `days` days after 1970-01-01, which was a Thursday.
    public init(daysSince1970 days: Int64) {
        let index = Int(((days % 7) + 7 + 3) % 7)
        self = Self.allCases[index]
    }

    /// The weekday of `date`.
    public init(_ date: LocalDate) {
        self.init(daysSince1970: date.daysSince1970)
    }
}
