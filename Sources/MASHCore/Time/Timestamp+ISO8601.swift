extension Timestamp: Codable, CustomStringConvertible {
    /// Parses ISO-8601 / RFC 3339 text: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM|±HHMM)`.
    ///
    /// Fractions longer than milliseconds are truncated; a zone is required. Returns nil
    /// for anything else (never traps).
    public init?(iso8601 text: String) {
        var text = text
        guard let milliseconds = text.withUTF8({ ISO8601Parser.milliseconds(from: $0) }) else {
            return nil
        }
        self.init(millisecondsSince1970: milliseconds)
    }

    /// The canonical text: UTC, exactly milliseconds, `Z`, e.g. `2026-03-01T09:15:00.000Z`.
    public var iso8601: String { ISO8601Formatter.string(millisecondsSince1970: millisecondsSince1970) }

    public var description: String { iso8601 }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let timestamp = Timestamp(iso8601: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "\"\(text.prefix(64))\" is not an ISO-8601 timestamp such as 2026-03-01T09:15:00.000Z"
            )
        }
        self = timestamp
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}
