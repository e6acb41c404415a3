extension Timestamp {
    /// This instant moved by `milliseconds` (saturating).
    public func adding(milliseconds: Int64) -> Timestamp {
        let (sum, overflow) = millisecondsSince1970.addingReportingOverflow(milliseconds)
        if overflow { return Timestamp(millisecondsSince1970: milliseconds < 0 ? .min : .max) }
        return Timestamp(millisecondsSince1970: sum)
    }

    /// This instant moved by whole minutes (saturating).
    public func adding(minutes: Int) -> Timestamp {
        adding(milliseconds: Self.saturatingProduct(Int64(minutes), 60_000))
    }

    /// This instant moved by whole hours (saturating).
    public func adding(hours: Int) -> Timestamp {
        adding(milliseconds: Self.saturatingProduct(Int64(hours), 3_600_000))
    }

    /// This instant moved by whole days of 24 hours (saturating).
    public func adding(days: Int) -> Timestamp {
        adding(milliseconds: Self.saturatingProduct(Int64(days), CivilCalendar.millisecondsPerDay))
    }

    /// The instant `duration` after `timestamp`, truncated to the millisecond.
    public static func + (timestamp: Timestamp, duration: Duration) -> Timestamp {
        timestamp.adding(milliseconds: milliseconds(in: duration))
    }

    /// The instant `duration` before `timestamp`, truncated to the millisecond.
    public static func - (timestamp: Timestamp, duration: Duration) -> Timestamp {
        let milliseconds = milliseconds(in: duration)
        return timestamp.adding(milliseconds: milliseconds == .min ? .max : -milliseconds)
    }

    /// The time from `earlier` to `later` (negative if `later` is before `earlier`).
    public static func - (later: Timestamp, earlier: Timestamp) -> Duration {
        let (difference, overflow) = later.millisecondsSince1970
            .subtractingReportingOverflow(earlier.millisecondsSince1970)
        if overflow { return later > earlier ? .seconds(Int64.max / 1000) : .seconds(Int64.min / 1000) }
        return .milliseconds(difference)
    }

    private static func milliseconds(in duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let fromSeconds = saturatingProduct(seconds, 1000)
        let (sum, overflow) = fromSeconds.addingReportingOverflow(attoseconds / 1_000_000_000_000_000)
        return overflow ? (seconds < 0 ? .min : .max) : sum
    }

    private static func saturatingProduct(_ value: Int64, _ factor: Int64) -> Int64 {
        let (product, overflow) = value.multipliedReportingOverflow(by: factor)
        return overflow ? ((value < 0) != (factor < 0) ? .min : .max) : product
    }
}
