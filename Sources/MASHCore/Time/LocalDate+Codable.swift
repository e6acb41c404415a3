extension LocalDate: Codable, CustomStringConvertible {
    /// Parses `YYYY-MM-DD` and returns nil unless it is a real date.
    public init?(iso8601 text: String) {
        guard let date = LocalDate(shapeOf: text), date.isRealDate else { return nil }
        self = date
    }

    /// Parses `YYYY-MM-DD` with month 01-12 and day 01-31, without checking the calendar.
    init?(shapeOf text: String) {
        var text = text
        let parts: (Int, Int, Int)? = text.withUTF8 { bytes in
            var reader = ByteReader(bytes: bytes)
            guard let year = reader.number(digits: 4), reader.skip("-"),
                  let month = reader.number(digits: 2), reader.skip("-"),
                  let day = reader.number(digits: 2), reader.isAtEnd,
                  (1...12).contains(month), (1...31).contains(day)
            else { return nil }
            return (year, month, day)
        }
        guard let (year, month, day) = parts else { return nil }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// The date as `YYYY-MM-DD`.
    public var iso8601: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso8601 }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(shapeOf: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "\"\(text.prefix(64))\" is not a date of the form YYYY-MM-DD"
            )
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}
