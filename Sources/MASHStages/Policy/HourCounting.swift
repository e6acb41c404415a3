/// How a deadline's hours are counted.
public enum HourCounting: String, Codable, Sendable, Hashable, CaseIterable {
    /// Every hour of the clock, 24/7.
    case clock
    /// Only the hub's working hours (see `WorkingCalendar`); a Red deadline counts clock hours regardless.
    case working
}
