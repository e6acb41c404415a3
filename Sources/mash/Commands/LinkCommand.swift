import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
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

    @Option(name: .customLong("dob-format"), help: "How dates of birth are written: \(FieldParsing.DateFormat.allCases.map(\.rawValue).joined(separator: ", ")) (auto reads ISO, YYYYMMDD and DD/MM/YYYY).")
    var dobFormat: String = FieldParsing.DateFormat.auto.rawValue

    @Option(name: .customLong("match-threshold"), help: "The match probability from which two records are linked.")
    var matchThreshold: Double = MatchThresholds().match

    @Option(help: ArgumentHelp("Link with this saved model's weights instead of learning them from the file.", valueName: "file"))
    var model: String?

    @Option(name: .customLong("save-model"), help: ArgumentHelp("Write the model the file was linked with (learned or given) as JSON.", valueName: "file"))
    var saveModel: String?

    func run() async throws {
        let mapping = try columns.map { try PersonColumns(parsing: $0) } ?? PersonColumns()
        guard let dateFormat = FieldParsing.DateFormat(rawValue: dobFormat) else {
            throw ValidationError("--dob-format \(dobFormat): expected one of \(FieldParsing.DateFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard matchThreshold > 0, matchThreshold < 1 else { throw ValidationError("--match-threshold \(matchThreshold): expected a probability between 0 and 1") }
        var clustering = PersonClusters()
        clustering.matchThreshold = matchThreshold
        let chosen: PersonClusters.Model
        if let model {
            do {
                chosen = .reused(try LinkageModel(contentsOf: URL(fileURLWithPath: model)), minimumRecords: PersonFileLinker.minimumRecordsToLearn)
            } catch {
                throw ValidationError("--model \(model): \(error)")
            }
        } else {
            chosen = PersonFileLinker.learnedModel
        }
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: input)))
        } catch {
            throw ValidationError("--in \(input): cannot read it (\(error.localizedDescription))")
        }
        let started = ContinuousClock.now
        let report: PersonFileLinker.Report
        do {
            report = try PersonFileLinker(columns: mapping, clustering: clustering, model: chosen, dateFormat: dateFormat).linkReporting(csv: bytes)
        } catch let error as PersonFileError {
            throw ValidationError("\(input): \(error)")
        }
        try Data(report.csv.utf8).write(to: URL(fileURLWithPath: output))
        let seconds = (ContinuousClock.now - started).seconds
        let people = report.clusterSizes.values.reduce(0, +)
        Console.line("linked \(report.rows) rows into \(people) people in \(String(format: "%.2f", seconds)) s: \(output)")
        let used = report.result.model
        if let learned = used.learned, model == nil {
            Console.line("weights learned from \(learned.records) distinct records: \(learned.trainingPairs) training pairs, \(learned.randomPairs) random pairs, "
                + "prior \(String(format: "%.3g", learned.matchShare)) that two records are one person (\(learned.iterations) iterations); fields: \(learned.fields.joined(separator: ", "))")
        } else if model == nil {
            Console.line("shipped weights: fewer than \(PersonFileLinker.minimumRecordsToLearn) distinct records to learn from")
        }
        let sizes = report.clusterSizes.keys.sorted().map { "\($0): \(report.clusterSizes[$0]!)" }.joined(separator: ", ")
        Console.line("cluster sizes (size: clusters): \(sizes)")
        if let saveModel { try used.save(to: URL(fileURLWithPath: saveModel)) }
        Console.line("peak memory \(String(format: "%.1f", (ProcessMemory.peak ?? 0) / 1_048_576)) MB")
    }
}
