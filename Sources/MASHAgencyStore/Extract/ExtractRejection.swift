/// A row of an extract that was not loaded: where it is and why.
public struct ExtractRejection: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line the row starts on.
    public var line: Int
    /// What was wrong with it.
    public var reason: String

    /// A rejection of the row on `line`.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}

/// Why an extract could not be read at all (an unreadable file, a bad mapping, a missing column).
public struct AgencyExtractError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The extract or mapping file.
    public var path: String
    /// The 1-based line, or nil for the file as a whole.
    public var line: Int?
    public var reason: String

    /// An error about `path`.
    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String { line.map { "\(path):\($0): \(reason)" } ?? "\(path): \(reason)" }
}
