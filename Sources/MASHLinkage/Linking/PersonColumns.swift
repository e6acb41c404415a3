/// Which column of a person file holds which field. Fields not mapped are read from a column of their
/// own name when the file has one; columns mapped to nothing are ignored.
public struct PersonColumns: Sendable, Hashable {
    /// Field → column name, as given.
    public var columns: [PersonField: String]

    /// A mapping; fields left out default to a column named like the field.
    public init(_ columns: [PersonField: String] = [:]) {
        self.columns = columns
    }

    /// Parses `first_name=Forename,surname=LastName,...`; throws naming an unknown field or a bad pair.
    public init(parsing text: String) throws {
        var columns: [PersonField: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmedOfWhitespace() }
            guard parts.count == 2, !parts[1].isEmpty else {
                throw PersonFileError(line: nil, reason: "--columns: \"\(pair)\" is not field=column")
            }
            guard let field = PersonField(rawValue: parts[0]) else {
                let known = PersonField.allCases.map(\.rawValue).joined(separator: ", ")
                throw PersonFileError(line: nil, reason: "--columns: unknown field \"\(parts[0])\" (fields: \(known))")
            }
            columns[field] = parts[1]
        }
        self.init(columns)
    }

    /// The column index of each field in `header`; throws when an explicitly mapped column is not there.
    public func indexes(in header: [String]) throws -> [PersonField: Int] {
        let positions = Dictionary(header.enumerated().map { ($1.trimmedOfWhitespace(), $0) }, uniquingKeysWith: { first, _ in first })
        var indexes: [PersonField: Int] = [:]
        for field in PersonField.allCases {
            if let column = columns[field] {
                guard let index = positions[column] else {
                    throw PersonFileError(line: 1, reason: "no column \"\(column)\" for \(field.rawValue) in the header")
                }
                indexes[field] = index
            } else if let index = positions[field.rawValue] {
                indexes[field] = index
            }
        }
        return indexes
    }
}

/// Why a person file could not be linked, and where.
public struct PersonFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line, or nil for the command line or the file as a whole.
    public var line: Int?
    public var reason: String

    public var description: String { line.map { "line \($0): \(reason)" } ?? reason }
}
