/// Writes `YYYY-MM-DDTHH:MM:SS.mmmZ` straight into a string buffer.
enum ISO8601Formatter {
    static func string(millisecondsSince1970 milliseconds: Int64) -> String {
        var days = milliseconds / CivilCalendar.millisecondsPerDay
        var millisecondOfDay = milliseconds % CivilCalendar.millisecondsPerDay
        if millisecondOfDay < 0 {
            millisecondOfDay += CivilCalendar.millisecondsPerDay
            days -= 1
        }
        let (year, month, day) = CivilCalendar.date(daysSince1970: days)
        guard (0...9999).contains(year) else {
            // Outside what four year digits can say: still readable, not parseable back.
            return "\(year)-\(pad2(month))-\(pad2(day))T\(clock(millisecondOfDay))Z"
        }
        let time = Int(millisecondOfDay)
        return String(unsafeUninitializedCapacity: 24) { buffer in
            put(year, width: 4, at: 0, in: buffer)
            buffer[4] = UInt8(ascii: "-")
            put(month, width: 2, at: 5, in: buffer)
            buffer[7] = UInt8(ascii: "-")
            put(day, width: 2, at: 8, in: buffer)
            buffer[10] = UInt8(ascii: "T")
            put(time / 3_600_000, width: 2, at: 11, in: buffer)
            buffer[13] = UInt8(ascii: ":")
            put(time / 60_000 % 60, width: 2, at: 14, in: buffer)
            buffer[16] = UInt8(ascii: ":")
            put(time / 1000 % 60, width: 2, at: 17, in: buffer)
            buffer[19] = UInt8(ascii: ".")
            put(time % 1000, width: 3, at: 20, in: buffer)
            buffer[23] = UInt8(ascii: "Z")
            return 24
        }
    }

    private static func put(_ value: Int, width: Int, at offset: Int, in buffer: UnsafeMutableBufferPointer<UInt8>) {
        var remaining = value
        for index in stride(from: offset + width - 1, through: offset, by: -1) {
            buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
        }
    }

    private static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func clock(_ millisecondOfDay: Int64) -> String {
        let time = Int(millisecondOfDay)
        let milliseconds = time % 1000
        let fraction = milliseconds < 10 ? "00\(milliseconds)" : milliseconds < 100 ? "0\(milliseconds)" : "\(milliseconds)"
        return "\(pad2(time / 3_600_000)):\(pad2(time / 60_000 % 60)):\(pad2(time / 1000 % 60)).\(fraction)"
    }
}
