import MASHCore

/// A time allowed from a starting instant: so many hours, counted on the clock or in working hours.
///
/// Written `{hours: 6}` (clock hours) or `{hours: 24, counting: working}` in a policy file.
public struct Deadline: Sendable, Hashable {
    /// The hours allowed; a policy file refuses a negative number.
    public var hours: Int
    /// How the hours are counted. Default clock.
    public var counting: HourCounting

    /// A deadline of `hours`, counted on the clock unless told otherwise.
    public init(hours: Int, counting: HourCounting = .clock) {
        self.hours = hours
        self.counting = counting
    }

    /// `hours` clock hours.
    public static func clockHours(_ hours: Int) -> Deadline { Deadline(hours: hours) }

    /// `hours` working hours.
    public static func workingHours(_ hours: Int) -> Deadline { Deadline(hours: hours, counting: .working) }

    /// "6 hours" or "24 working hours".
    public var description: String {
        "\(hours) \(counting == .working ? "working " : "")hour\(hours == 1 ? "" : "s")"
    }
}

extension Deadline: Codable {
    private enum CodingKeys: String, CodingKey {
        case hours, counting
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.hours = try container.decode(Int.self, forKey: .hours)
        self.counting = try container.decodeIfPresent(HourCounting.self, forKey: .counting) ?? .clock
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(hours, forKey: .hours)
        try container.encode(counting, forKey: .counting)
    }
}
