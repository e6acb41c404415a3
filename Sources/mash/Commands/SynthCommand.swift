import ArgumentParser
import Foundation
import MASHSynthetic

struct SynthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Generate a reproducible synthetic hub: population, agency extracts, ground truth and referrals.",
        discussion: """
            Writes people.jsonl, agencies/<agency>.jsonl, truth.csv, referrals.jsonl and manifest.json into --out, \
            and loads each extract into the agency store stores/<agency>.sqlite that mash-research reads. \
            The same seed gives byte-identical files. Rates are per second of wall-clock time and, in brackets, \
            of the generating thread's CPU time (steady on a busy machine).
            """
    )

    @Option(help: "Directory to write into (created if missing).")
    var out: String

    @Option(help: "About this many people, in whole households (2...900000).")
    var people: Int = 20_000

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
        var records = (count: 0, seconds: 0.0, cpuSeconds: 0.0)
        var referralFile: WrittenFile?
        let manifest = try SyntheticHub.generate(configuration: configuration, into: directory) { file in
            if file.path.hasPrefix("agencies/") {
                records.count += file.count
                records.seconds += file.seconds
                records.cpuSeconds += file.cpuSeconds
            }
            if file.path == "referrals.jsonl" { referralFile = file }
            Console.line("wrote \(directory.appendingPathComponent(file.path).path): \(file.count) \(file.unit) in \(Self.format(file.seconds)) s (\(Self.rates(file.count, file.seconds, file.cpuSeconds))/s)")
        }
        Console.line(
            "synth seed \(manifest.seed): \(manifest.peopleGenerated) people in \(manifest.households) households; "
                + "\(records.count) agency records (\(Self.rates(records.count, records.seconds, records.cpuSeconds))/s); "
                + "\(manifest.referralsGenerated) referrals (\(Self.rates(manifest.referralsGenerated, referralFile?.seconds ?? 0, referralFile?.cpuSeconds ?? 0))/s) "
                + "received \(manifest.referralsFrom) to \(manifest.referralsUntil) (exclusive)"
        )
        try SyntheticStores.load(in: directory)
    }

    private static func format(_ seconds: Double) -> String {
        String(format: "%.3f", seconds)
    }

    /// "wall [cpu]" counts per second.
    private static func rates(_ count: Int, _ seconds: Double, _ cpuSeconds: Double) -> String {
        func rate(_ seconds: Double) -> String { seconds > 0 ? String(Int((Double(count) / seconds).rounded())) : "-" }
        return "\(rate(seconds)) [\(rate(cpuSeconds)) cpu]"
    }
}
