/// Reads CSV as RFC 4180 has it: fields separated by commas, records by CRLF or LF; a field in double
/// quotes may hold commas, line breaks and doubled quotes (`""` for one `"`). Also accepts a UTF-8 byte
/// order mark, a last record without a line break, and text after a closing quote (kept as written,
/// since real extracts have it). Every record knows the line it starts on, for error reports.
public struct CSVReader: Sequence, IteratorProtocol {
    /// One record: its fields and the 1-based line it starts on.
    public struct Record: Sendable, Hashable {
        public var fields: [String]
        public var line: Int
    }

    private let bytes: [UInt8]
    private var position: Int
    private var line = 1
    /// Set when a quoted field runs to the end of the input; iteration stops after it.
    public private(set) var error: CSVError?

    /// A reader over the bytes of a CSV file.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// A reader over text.
    public init(text: String) { self.init(bytes: Array(text.utf8)) }

    /// The next record, or nil at the end (or after an unterminated quote: see `error`).
    public mutating func next() -> Record? {
        guard position < bytes.count, error == nil else { return nil }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldStarted = false
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                        field.append(byte)
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\"") where !fieldStarted:
                quoted = true
                fieldStarted = true
            case UInt8(ascii: ","):
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldStarted = false
            case UInt8(ascii: "\r") where position < bytes.count && bytes[position] == UInt8(ascii: "\n"):
                continue
            case UInt8(ascii: "\n"):
                line += 1
                fields.append(String(decoding: field, as: UTF8.self))
                return Record(fields: fields, line: startLine)
            default:
                field.append(byte)
                fieldStarted = true
            }
        }
        if quoted {
            error = CSVError(line: startLine, reason: "a quoted field opened on this line is never closed")
            return nil
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return Record(fields: fields, line: startLine)
    }
}

/// Why CSV could not be read, and where.
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line the bad record starts on.
    public var line: Int
    public var reason: String

    public var description: String { "line \(line): \(reason)" }
}
