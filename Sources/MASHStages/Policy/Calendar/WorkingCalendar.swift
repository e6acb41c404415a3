import MASHCore

/// The hub's working hours, for deadlines counted in working hours.
///
/// A working day is one of `workingDays` that is not a bank holiday; its working hours run from
/// `opensAt` to `closesAt` in the hub's local time (UTC plus a fixed `utcOffset`). A deadline counted in
/// working hours starts at receipt if the hub is open, otherwise at its next opening, and ends as soon as
/// the hours are used up — at closing time itself if that is where they run out. Red always counts clock
/// hours, 24/7, whatever the deadline says.
public struct WorkingCalendar: Codable, Sendable, Hashable {
    /// The hub's fixed offset from UTC. Default "+00:00".
    public var utcOffset: UTCOffset
    /// The days the hub works. Default Monday to Friday.
    public var workingDays: [Weekday]
    /// When a working day starts, local time. Default 09:00.
    public var opensAt: ClockTime
    /// When a working day ends, local time. Default 17:00.
    public var closesAt: ClockTime
    /// Local dates on which the hub does not work. Default none.
    public var bankHolidays: [LocalDate]

    /// A calendar; every part has the default its property documents.
    public init(utcOffset: UTCOffset = .utc, workingDays: [Weekday] = Weekday.mondayToFriday,
                opensAt: ClockTime = ClockTime(hour: 9, minute: 0)!, closesAt: ClockTime = ClockTime(hour: 17, minute: 0)!,
                bankHolidays: [LocalDate] = []) {
        self.utcOffset = utcOffset
        self.workingDays = workingDays
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.bankHolidays = bankHolidays
    }

    /// The longest span searched for working hours; a policy file refuses deadlines that could need more.
    static let longestSearchDays: Int64 = 366 * 20

    /// When `deadline` runs out if it starts at `start` on a case rated `rag`.
    public func due(after start: Timestamp, _ deadline: Deadline, rag: RAG) -> Timestamp {
        let hours = max(0, deadline.hours)
        guard deadline.counting == .working, rag != .red, hours > 0 else { return start.adding(hours: hours) }
        return addingWorkingHours(hours, to: start)
    }

    /// `start` moved on by `hours` working hours.
    public func addingWorkingHours(_ hours: Int, to start: Timestamp) -> Timestamp {
        let dayLength = Int64(86_400_000)
        let offset = Int64(utcOffset.minutes) * 60_000
        let opens = Int64(opensAt.minutes) * 60_000, closes = Int64(closesAt.minutes) * 60_000
        // A calendar with no working time would never let the deadline fall due; a policy file refuses
        // one, and a policy built in code counts clock hours instead of waiting forever.
        guard closes > opens, !workingDays.isEmpty,
              start.millisecondsSince1970 > Int64.min / 2, start.millisecondsSince1970 < Int64.max / 2
        else { return start.adding(hours: hours) }

        let working = Set(workingDays)
        let holidays = Set(bankHolidays.map(\.daysSince1970))
        var remaining = Int64(hours).multipliedReportingOverflow(by: 3_600_000).overflow ? Int64.max : Int64(hours) * 3_600_000
        let local = start.millisecondsSince1970 + offset
        var day = local >= 0 ? local / dayLength : (local + 1) / dayLength - 1
        var timeOfDay = local - day * dayLength
        for _ in 0..<Self.longestSearchDays {
            if working.contains(Weekday(daysSince1970: day)), !holidays.contains(day) {
                let begin = max(timeOfDay, opens)
                if begin < closes {
                    let available = closes - begin
                    if remaining <= available {
                        return Timestamp(millisecondsSince1970: day * dayLength + begin + remaining - offset)
                    }
                    remaining -= available
                }
            }
            day += 1
            timeOfDay = 0
        }
        return start.adding(hours: hours)
    }
}

extension WorkingCalendar {
    private enum CodingKeys: String, CodingKey {
        case utcOffset, workingDays, opensAt, closesAt, bankHolidays
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.utcOffset = try container.decode(UTCOffset.self, forKey: .utcOffset)
        self.workingDays = try container.decode([Weekday].self, forKey: .workingDays)
        self.opensAt = try container.decode(ClockTime.self, forKey: .opensAt)
        self.closesAt = try container.decode(ClockTime.self, forKey: .closesAt)
        // Bank holidays may be left out: a hub that works through them lists none.
        self.bankHolidays = try container.decodeIfPresent([LocalDate].self, forKey: .bankHolidays) ?? []
    }
}
