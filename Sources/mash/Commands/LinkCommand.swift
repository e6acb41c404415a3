import ArgumentParser
import Foundation
import MASHLinkage

struct LinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Cluster the person records of a CSV file into people (deduplicate an extract).",
        discussion: """
            Rows are compared within blocks (shared identifiers, sound-alike names with year of birth, forename with \
            date of birth, postcode with initial) and joined when the match probability reaches the match threshold; \
            two groups holding different valid NHS numbers or UPNs are never joined. The output is the input with a \
            cluster_id column added. Fields: \(PersonField.allCases.map(\.rawValue).joined(separator: ", ")); \
            each is read from the column of its own name unless --columns maps it; any may be empty.
            """
    )

    @Option(name: .customLong("in"), help: "Person records: CSV with a header.")
    var input: String

    @Option(name: .customLong("out"), help: "Where to write the clustered CSV.")
    var output: String

    @Option(help: ArgumentHelp("Field to column mapping, e.g. first_name=Forename,surname=LastName,dob=DOB.", valueName: "field=column,..."))
    var columns: String?

    func run() async throws {
        let mapping = try columns.map { try PersonColumns(parsing: $0) } ?? PersonColumns()
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: input)))
        } catch {
            throw ValidationError("--in \(input): cannot read it (\(error.localizedDescription))")
        }
        let started = ContinuousClock.now
        let linked: String
        do {
            linked = try PersonFileLinker(columns: mapping).link(csv: bytes)
        } catch let error as PersonFileError {
            throw ValidationError("\(input): \(error)")
        }
        try Data(linked.utf8).write(to: URL(fileURLWithPath: output))
        var reader = CSVReader(text: linked)
        _ = reader.next()
        var rows = 0
        var clusters = Set<String>()
        while let record = reader.next() {
            rows += 1
            clusters.insert(record.fields.last ?? "")
        }
        let seconds = (ContinuousClock.now - started).seconds
        Console.line("linked \(rows) rows into \(clusters.count) people in \(String(format: "%.2f", seconds)) s: \(output)")
    }
}
