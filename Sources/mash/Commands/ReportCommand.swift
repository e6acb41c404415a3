import ArgumentParser
import Foundation
import MASHCore
import MASHReport
import MASHWorker

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The hub's standardised monitoring report for a period, from the case topics: volumes, outcomes and conversion, timeliness against the RAG deadlines, each agency's contribution, sign-offs and overrides, escalations."
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
        _ = try Self.instant(from, option: "--from")
        if let to { _ = try Self.instant(to, option: "--to") }
    }

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.report")
        var history = HubHistory()
        try TopicSnapshot.read(HubHistory.topics.map(\.rawValue), kafka: try kafka.configuration(clientID: "mash-report"), logger: logger) {
            history.take(topic: $0.topic, value: $0.value)
        }
        let report = MonitoringReport(history: history, from: try Self.instant(from, option: "--from"),
                                      to: try to.map { try Self.instant($0, option: "--to") } ?? .now)
        let text = format == "csv" ? report.csv : format == "html" ? report.html : String(decoding: try MASHJSON.encodeBytes(report), as: UTF8.self) + "\n"
        if let out {
            try text.write(toFile: out, atomically: true, encoding: .utf8)
            Console.line("report: \(report.referrals) referrals from \(report.period.from.iso8601) to \(report.period.to.iso8601), written to \(out)")
        } else {
            print(text, terminator: "")
        }
    }

    static func instant(_ text: String, option: String) throws -> Timestamp {
        if let date = LocalDate(iso8601: text) { return Timestamp(iso8601: date.iso8601 + "T00:00:00.000Z")! }
        if let instant = Timestamp(iso8601: text) { return instant }
        throw ValidationError("\(option) \(text): expected YYYY-MM-DD or an ISO-8601 instant")
    }
}
