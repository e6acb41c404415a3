/// A fixed offset from UTC, written "+01:00" or "-05:30".
///
/// Fixed on purpose: a policy's working hours do not follow daylight saving (a hub that opens 09:00
/// London time all year writes "+00:00" and accepts an hour's drift in summer, or keeps a summer policy).
public struct UTCOffset: Sendable, Hashable, CustomStringConvertible {
    /// Minutes ahead of UTC (negative behind), -14:00...+14:00.
    public let minutes: Int

    /// UTC itself.
    public static let utc = UTCOffset(uncheckedMinutes: 0)

    private init(uncheckedMinutes: Int) { minutes = uncheckedMinutes }

    /// The offset `minutes` ahead of UTC, or nil beyond ±14 hours.
    public init?(minutes: Int) {
        guard (-840...840).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Parses "±HH:MM"; nil for anything else.
    public init?(_ text: String) {
        guard let sign = text.first, sign == "+" || sign == "-",
              let time = ClockTime(String(text.dropFirst())) else { return nil }
        self.init(minutes: sign == "-" ? -time.minutes : time.minutes)
    }

    /// "+HH:MM" or "-HH:MM".
    public var description: String {
        let magnitude = abs(minutes)
        let time = ClockTime(hour: magnitude / 60, minute: magnitude % 60)?.description ?? "00:00"
        return (minutes < 0 ? "-" : "+") + time
    }
}

extension UTCOffset: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let offset = UTCOffset(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text.prefix(32))\" is not a UTC offset of the form +HH:MM or -HH:MM (at most 14 hours)"
            )
        }
        self = offset
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
