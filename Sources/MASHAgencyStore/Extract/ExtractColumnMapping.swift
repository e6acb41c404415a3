import Foundation

/// Which extract column fills which `AgencyRecord` field. A field not mapped is read from a column of its
/// own name (e.g. `recordId`) when there is one.
///
/// The mapping file is JSON (`{"recordId": "Ref", "surname": "Family name"}`) or flat YAML, one
/// `field: column` per line, `#` comments, optional quotes around the column:
/// ```
/// recordId: Ref
/// surname: "Family name"
/// ```
public struct ExtractColumnMapping: Sendable, Hashable {
    /// Field → column.
    public var columns: [RecordField: String]

    /// A mapping; unmapped fields use their own names.
    public init(_ columns: [RecordField: String] = [:]) {
        self.columns = columns
    }

    /// Reads a mapping file (JSON or flat YAML); errors name the file, line and problem.
    public init(contentsOf url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw AgencyExtractError(path: url.path, reason: "cannot read the mapping (\(error.localizedDescription))")
        }
        try self.init(text: text, path: url.path)
    }

    /// Parses mapping text; `path` names it in errors.
    public init(text: String, path: String) throws {
        let pairs = text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{")
            ? try Self.jsonPairs(text, path: path) : try Self.yamlPairs(text, path: path)
        var columns: [RecordField: String] = [:]
        for (line, field, column) in pairs {
            guard let recordField = RecordField(rawValue: field) else {
                throw AgencyExtractError(path: path, line: line, reason: "unknown field \"\(field)\" (fields: \(RecordField.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard columns[recordField] == nil else {
                throw AgencyExtractError(path: path, line: line, reason: "\(field) is mapped twice")
            }
            columns[recordField] = column
        }
        self.init(columns)
    }

    /// The column index of each field in `header`; throws naming a mapped column the header lacks, or a
    /// required field no column gives.
    public func indexes(in header: [String], path: String) throws -> [RecordField: Int] {
        let positions = Dictionary(header.enumerated().map { ($1.trimmingCharacters(in: .whitespaces), $0) }, uniquingKeysWith: { first, _ in first })
        var indexes: [RecordField: Int] = [:]
        for field in RecordField.allCases {
            let column = columns[field] ?? field.rawValue
            if let index = positions[column] {
                indexes[field] = index
            } else if columns[field] != nil {
                throw AgencyExtractError(path: path, line: 1, reason: "no column \"\(column)\" (mapped to \(field.rawValue)) in the header")
            }
        }
        let missing = RecordField.required.filter { indexes[$0] == nil }
        if !missing.isEmpty {
            throw AgencyExtractError(path: path, line: 1, reason: "no column for \(missing.map(\.rawValue).joined(separator: ", ")): map one in the mapping file")
        }
        return indexes
    }

    private static func jsonPairs(_ text: String, path: String) throws -> [(Int?, String, String)] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw AgencyExtractError(path: path, reason: "not a JSON object of field: column")
        }
        return try object.keys.sorted().map { key in
            guard let column = object[key] as? String, !column.isEmpty else {
                throw AgencyExtractError(path: path, reason: "\(key): the column must be a non-empty string")
            }
            return (nil, key, column)
        }
    }

    private static func yamlPairs(_ text: String, path: String) throws -> [(Int?, String, String)] {
        var pairs: [(Int?, String, String)] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line == "---" { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw AgencyExtractError(path: path, line: index + 1, reason: "expected `field: column`")
            }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces)
            var column = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if let hash = column.range(of: " #"), !column.hasPrefix("\"") && !column.hasPrefix("'") {
                column = column[..<hash.lowerBound].trimmingCharacters(in: .whitespaces)
            }
            if column.count >= 2, let first = column.first, first == "\"" || first == "'", column.last == first {
                column = String(column.dropFirst().dropLast())
            }
            guard !column.isEmpty else {
                throw AgencyExtractError(path: path, line: index + 1, reason: "\(field): no column given")
            }
            pairs.append((index + 1, field, column))
        }
        return pairs
    }
}
