import ArgumentParser
import Foundation
import MASHSynthetic

struct SynthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Generate a reproducible synthetic hub: population, agency extracts, ground truth and referrals.",
        discussion: "The same seed gives byte-identical files. Writes people.jsonl, agencies/<agency>.jsonl, truth.csv, referrals.jsonl and manifest.json into --out."
    )

    @Option(help: "Directory to write into (created if missing).")
    var out: String

    @Option(help: "About this many people, in whole households (2...900000).")
    var people: Int = 10_000

    @Option(help: "How many referrals to write.")
    var referrals: Int = 1_000

    @Option(help: "Seed of every random choice.")
    var seed: UInt64 = 1

    func run() async throws {
        let configuration = SyntheticHubConfiguration(people: people, referrals: referrals, seed: seed)
        do {
            try configuration.validate()
        } catch let error as SyntheticHubError {
            throw ValidationError(error.description)
        }
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        var recordCount = 0
        var recordSeconds = 0.0
        var referralSeconds = 0.0
        let manifest = try SyntheticHub.generate(configuration: configuration, into: directory) { file in
            if file.path.hasPrefix("agencies/") {
                recordCount += file.count
                recordSeconds += file.seconds
            }
            if file.path == "referrals.jsonl" { referralSeconds = file.seconds }
            Console.line("wrote \(directory.appendingPathComponent(file.path).path): \(file.count) \(file.unit) in \(Self.format(file.seconds)) s (\(Self.rate(file.count, file.seconds))/s)")
        }
        Console.line("synth seed \(manifest.seed): \(manifest.peopleGenerated) people in \(manifest.households) households, \(recordCount) agency records (\(Self.rate(recordCount, recordSeconds))/s), \(manifest.referralsGenerated) referrals (\(Self.rate(manifest.referralsGenerated, referralSeconds))/s) from \(manifest.referralsFrom) until \(manifest.referralsUntil)")
    }

    private static func format(_ seconds: Double) -> String {
        String(format: "%.3f", seconds)
    }

    private static func rate(_ count: Int, _ seconds: Double) -> String {
        seconds > 0 ? String(Int((Double(count) / seconds).rounded())) : "-"
    }
}
