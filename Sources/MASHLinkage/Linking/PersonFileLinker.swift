/// `mash link`: clusters the rows of a person file (CSV with a header) into people, and writes them back
/// with a `cluster_id` column added. Any mapped field may be empty in some rows.
public struct PersonFileLinker: Sendable {
    /// Which columns hold which fields.
    public let columns: PersonColumns
    /// How rows are clustered.
    public let clustering: PersonClusters

    /// A linker over these columns.
    public init(columns: PersonColumns = PersonColumns(), clustering: PersonClusters = PersonClusters()) {
        self.columns = columns
        self.clustering = clustering
    }

    /// The linked file: the header and every row as they were, each with its cluster id ("C000001"...,
    /// numbered in order of first appearance) added at the end.
    public func link(csv bytes: [UInt8]) throws -> String {
        var reader = CSVReader(bytes: bytes)
        guard let header = reader.next() else { throw PersonFileError(line: nil, reason: "the file is empty") }
        let indexes = try columns.indexes(in: header.fields)
        var rows: [CSVReader.Record] = []
        while let record = reader.next() {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            rows.append(record)
        }
        if let error = reader.error { throw PersonFileError(line: error.line, reason: error.reason) }
        let identities = rows.map { Self.identity(of: $0.fields, indexes: indexes) }
        let clusters = clustering.clusters(of: identities)
        let width = max(6, String(clusters.max() ?? 0).count)
        var output = CSVWriter.line(header.fields + ["cluster_id"])
        for (row, cluster) in zip(rows, clusters) {
            let number = String(cluster + 1)
            output += CSVWriter.line(row.fields + ["C" + String(repeating: "0", count: width - number.count) + number])
        }
        return output
    }

    /// The identity a row gives, from whichever fields are mapped and present.
    public static func identity(of fields: [String], indexes: [PersonField: Int]) -> PersonIdentity {
        func value(_ field: PersonField) -> String? {
            guard let index = indexes[field], index < fields.count else { return nil }
            let text = fields[index].trimmedOfWhitespace()
            return text.isEmpty ? nil : text
        }
        return PersonIdentity(
            names: [PersonName(forename: value(.firstName).flatMap(NameForm.init), surname: value(.surname).flatMap(NameForm.init))],
            dateOfBirth: value(.dateOfBirth).flatMap(FieldParsing.date), sex: value(.sex).flatMap(FieldParsing.sex),
            addressLine: value(.addressLine), postcode: value(.postcode), nhsNumber: value(.nhsNumber), upn: value(.upn)
        )
    }
}
