import ArgumentParser
import Foundation
import MASHCore
import MASHReport
import Logging
import MASHWorker

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The hub's reports for a period, from the case topics: the monitoring report (the default), or the census extract.",
        subcommands: [MonitoringReportCommand.self, CensusExtractCommand.self],
        defaultSubcommand: MonitoringReportCommand.self
    )

    static func instant(_ text: String, option: String) throws -> Timestamp {
        if let date = LocalDate(iso8601: text) { return Timestamp(iso8601: date.iso8601 + "T00:00:00.000Z")! }
        if let instant = Timestamp(iso8601: text) { return instant }
        throw ValidationError("\(option) \(text): expected YYYY-MM-DD or an ISO-8601 instant")
    }

    /// The hub's record, read from the topics.
    static func history(_ kafka: KafkaOptions, clientID: String, logger: Logger) throws -> HubHistory {
        try HubHistory.read(kafka: try kafka.configuration(clientID: clientID), logger: logger)
    }
}

struct MonitoringReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "The standardised monitoring report: volumes, outcomes and conversion, timeliness against the RAG deadlines, each agency's contribution, sign-offs and overrides, escalations."
    )

    @OptionGroup var kafka: KafkaOptions

    @Option(help: "First day of the period (YYYY-MM-DD, UTC), or an ISO-8601 instant.")
    var from: String

    @Option(help: "Day after the period (YYYY-MM-DD, UTC), or an ISO-8601 instant. Default now.")
    var to: String?

    @Option(help: "html (one self-contained file with charts), json or csv.")
    var format: String = "json"

    @Option(help: "File to write; default standard output.")
    var out: String?

    func validate() throws {
        guard ["html", "json", "csv"].contains(format) else { throw ValidationError("--format must be html, json or csv") }
        _ = try ReportCommand.instant(from, option: "--from")
        if let to { _ = try ReportCommand.instant(to, option: "--to") }
    }

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.report")
        let history = try ReportCommand.history(kafka, clientID: "mash-report", logger: logger)
        let report = MonitoringReport(history: history, from: try ReportCommand.instant(from, option: "--from"),
                                      to: try to.map { try ReportCommand.instant($0, option: "--to") } ?? .now)
        let text = format == "csv" ? report.csv : format == "html" ? report.html : String(decoding: try MASHJSON.encodeBytes(report), as: UTF8.self) + "\n"
        if let out {
            try text.write(toFile: out, atomically: true, encoding: .utf8)
            Console.line("report: \(report.referrals) referrals from \(report.period.from.iso8601) to \(report.period.to.iso8601), written to \(out)")
        } else {
            print(text, terminator: "")
        }
    }

}

struct CensusExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "census",
        abstract: "The Children in Need census fields of the period's referrals (those decided for an assessment), one CSV row each, for the census return. It holds the children's identifiers: it is written to a file."
    )

    @OptionGroup var kafka: KafkaOptions

    @Option(help: "First day of the period (YYYY-MM-DD, UTC), or an ISO-8601 instant.")
    var from: String

    @Option(help: "Day after the period; default now.")
    var to: String?

    @Option(help: "The CSV file to write.")
    var out: String

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.report")
        let history = try ReportCommand.history(kafka, clientID: "mash-report", logger: logger)
        let extract = CensusExtract(history: history, from: try ReportCommand.instant(from, option: "--from"),
                                    to: try to.map { try ReportCommand.instant($0, option: "--to") } ?? .now)
        try extract.csv.write(toFile: out, atomically: true, encoding: .utf8)
        Console.line("census extract: \(extract.rows.count) referrals (\(extract.contacts) decided contacts were not census referrals), written to \(out)")
    }
}
