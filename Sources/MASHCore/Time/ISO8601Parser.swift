/// Reads RFC 3339 timestamps from UTF-8 bytes without allocating.
enum ISO8601Parser {
    /// Milliseconds since 1970 for `YYYY-MM-DDTHH:MM:SS[.f+](Z|±HH:MM|±HHMM)`, or nil.
    static func milliseconds(from bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var reader = ByteReader(bytes: bytes)
        guard let year = reader.number(digits: 4), reader.skip("-"),
              let month = reader.number(digits: 2), reader.skip("-"),
              let day = reader.number(digits: 2),
              reader.skip("T") || reader.skip("t"),
              let hour = reader.number(digits: 2), reader.skip(":"),
              let minute = reader.number(digits: 2), reader.skip(":"),
              let second = reader.number(digits: 2)
        else { return nil }
        guard CivilCalendar.isRealDate(year: year, month: month, day: day),
              hour < 24, minute < 60, second < 60
        else { return nil }

        var millisecond = 0
        if reader.skip(".") {
            var digitCount = 0
            while let digit = reader.digit() {
                if digitCount < 3 { millisecond = millisecond * 10 + digit }
                digitCount += 1
            }
            guard digitCount > 0 else { return nil }
            for _ in digitCount..<max(digitCount, 3) { millisecond *= 10 }
        }

        let offsetMinutes: Int
        if reader.skip("Z") || reader.skip("z") {
            offsetMinutes = 0
        } else {
            let sign: Int
            if reader.skip("+") { sign = 1 } else if reader.skip("-") { sign = -1 } else { return nil }
            guard let offsetHour = reader.number(digits: 2) else { return nil }
            _ = reader.skip(":")
            guard let offsetMinute = reader.number(digits: 2), offsetHour < 24, offsetMinute < 60 else {
                return nil
            }
            offsetMinutes = sign * (offsetHour * 60 + offsetMinute)
        }
        guard reader.isAtEnd else { return nil }

        let days = CivilCalendar.daysSince1970(year: year, month: month, day: day)
        let secondOfDay = Int64(hour * 3600 + minute * 60 + second - offsetMinutes * 60)
        return days * CivilCalendar.millisecondsPerDay + secondOfDay * 1000 + Int64(millisecond)
    }
}

/// A cursor over ASCII bytes.
struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func skip(_ ascii: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: ascii) else { return false }
        position += 1
        return true
    }

    mutating func digit() -> Int? {
        guard position < bytes.count else { return nil }
        let value = Int(bytes[position]) - 48
        guard (0...9).contains(value) else { return nil }
        position += 1
        return value
    }

    /// Exactly `digits` decimal digits as a number, or nil (position then undefined).
    mutating func number(digits: Int) -> Int? {
        var value = 0
        for _ in 0..<digits {
            guard let digit = digit() else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
