/// `mash link`: clusters the rows of a person file (CSV with a header) into people, and writes them back
/// with a `cluster_id` column added. Any mapped field may be empty in some rows.
public struct PersonFileLinker: Sendable {
    /// Which columns hold which fields.
    public let columns: PersonColumns
    /// How rows are clustered.
    public let clustering: PersonClusters
    /// The weights: by default learned from the file when it has enough distinct people.
    public let model: PersonClusters.Model

    /// Files with fewer distinct identities than this are linked with the shipped (or given) weights and no
    /// term-frequency adjustment: too few pairs to learn from, too few names to count.
    public static let minimumRecordsToLearn = 1_000

    /// The default model: learned from the file, or the shipped weights for a small one.
    public static let learnedModel = PersonClusters.Model.learned(WeightLearner(), minimumRecords: minimumRecordsToLearn, fallback: .defaults)

    /// How the file writes dates of birth.
    public let dateFormat: FieldParsing.DateFormat

    /// A linker over these columns.
    public init(columns: PersonColumns = PersonColumns(), clustering: PersonClusters = PersonClusters(), model: PersonClusters.Model = learnedModel,
                dateFormat: FieldParsing.DateFormat = .auto) {
        self.columns = columns
        self.clustering = clustering
        self.model = model
        self.dateFormat = dateFormat
    }

    /// What `link(csv:)` did besides the file.
    public struct Report: Sendable {
        /// The linked file.
        public var csv: String
        /// Rows read.
        public var rows: Int
        /// How the rows were linked.
        public var result: PersonClusters.Result
        /// How many clusters have each size (1: a record alone).
        public var clusterSizes: [Int: Int]
    }

    /// The linked file: the header and every row as they were, each with its cluster id ("C000001"...,
    /// numbered in order of first appearance) added at the end.
    public func link(csv bytes: [UInt8]) throws -> String {
        try linkReporting(csv: bytes).csv
    }

    /// The linked file, the model used and the cluster sizes.
    public func linkReporting(csv bytes: [UInt8]) throws -> Report {
        var reader = CSVReader(bytes: bytes)
        guard let header = reader.next() else { throw PersonFileError(line: nil, reason: "the file is empty") }
        let indexes = try columns.indexes(in: header.fields)
        var rows: [CSVReader.Record] = []
        while let record = reader.next() {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            rows.append(record)
        }
        if let error = reader.error { throw PersonFileError(line: error.line, reason: error.reason) }
        let identities = rows.map { Self.identity(of: $0.fields, indexes: indexes, dateFormat: dateFormat) }
        let result = clustering.link(identities, model: model)
        let clusters = result.clusters
        let width = max(6, String(clusters.max() ?? 0).count)
        var output = CSVWriter.line(header.fields + ["cluster_id"])
        for (row, cluster) in zip(rows, clusters) {
            let number = String(cluster + 1)
            output += CSVWriter.line(row.fields + ["C" + String(repeating: "0", count: width - number.count) + number])
        }
        var members: [Int: Int] = [:]
        for cluster in clusters { members[cluster, default: 0] += 1 }
        var sizes: [Int: Int] = [:]
        for size in members.values { sizes[size, default: 0] += 1 }
        return Report(csv: output, rows: rows.count, result: result, clusterSizes: sizes)
    }

    /// The identity a row gives, from whichever fields are mapped and present.
    public static func identity(of fields: [String], indexes: [PersonField: Int], dateFormat: FieldParsing.DateFormat = .auto) -> PersonIdentity {
        func value(_ field: PersonField) -> String? {
            guard let index = indexes[field], index < fields.count else { return nil }
            let text = fields[index].trimmedOfWhitespace()
            return text.isEmpty ? nil : text
        }
        return PersonIdentity(
            names: [PersonName(forename: value(.firstName).flatMap(NameForm.init), surname: value(.surname).flatMap(NameForm.init))],
            dateOfBirth: value(.dateOfBirth).flatMap { FieldParsing.date($0, format: dateFormat) }, sex: value(.sex).flatMap(FieldParsing.sex),
            addressLine: value(.addressLine), postcode: value(.postcode), town: value(.town), nhsNumber: value(.nhsNumber), upn: value(.upn)
        ).with(email: value(.email), phone: value(.phone), identifier: value(.identifier))
    }
}
