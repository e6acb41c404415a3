import ArgumentParser
import Foundation
import MASHCore
import MASHReport
import MASHStages
import MASHWorker

struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Re-run recorded cases (their referral and research as they were) through the risk and decision stages under another policy, touching no topic, and say how many would change level, RAG, outcome and taskings, and by which rules."
    )

    @OptionGroup var kafka: KafkaOptions

    @Option(help: "The policy to try (YAML, as policy/default.yaml).")
    var policy: String

    @Option(help: "First day of the period (YYYY-MM-DD, UTC), or an ISO-8601 instant.")
    var from: String

    @Option(help: "Day after the period; default now.")
    var to: String?

    @Option(help: "text, json or html.")
    var format: String = "text"

    @Option(help: "File to write; default standard output.")
    var out: String?

    @Option(help: "Changed cases to list in text.")
    var sample: Int = 10

    func validate() throws {
        guard ["text", "json", "html"].contains(format) else { throw ValidationError("--format must be text, json or html") }
        _ = try ReportCommand.instant(from, option: "--from")
    }

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.replay")
        let candidate = try HubPolicy.load(contentsOf: URL(fileURLWithPath: policy))
        let history = try ReportCommand.history(kafka, clientID: "mash-replay", logger: logger)
        let report = try PolicyReplay(policy: candidate).replay(history, from: try ReportCommand.instant(from, option: "--from"),
                                                                 to: try to.map { try ReportCommand.instant($0, option: "--to") } ?? .now)
        let text = switch format {
        case "json": String(decoding: try MASHJSON.encodeBytes(report), as: UTF8.self) + "\n"
        case "html": report.html
        default: report.lines(sample: sample).joined(separator: "\n") + "\n"
        }
        if let out {
            try text.write(toFile: out, atomically: true, encoding: .utf8)
            Console.line("replay of \(report.cases) cases under \(report.policyVersion): \(report.changes.count) would change; written to \(out)")
        } else {
            print(text, terminator: "")
        }
    }
}
