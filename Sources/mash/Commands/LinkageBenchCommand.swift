import ArgumentParser
import Foundation
import MASHAgencyStore
import MASHCore
import MASHLinkage
import MASHSynthetic

struct LinkageBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linkage",
        abstract: "Quality of identity resolution against synthetic ground truth: `mash link` and research matches.",
        discussion: """
            Generates a synthetic hub (population, agency extracts with realistic noise, referrals, ground truth), \
            loads the extracts into SQLite stores, then prints pairwise precision, recall and F1 of `mash link` over \
            every agency's records (pairs clustered together against pairs truly the same person), and of research \
            matches (each referral subject against each agency store: persons attached against the subject's true \
            records). Figures are one per line as `name: value unit`.
            """
    )

    @Option(help: "About this many people in the synthetic population.")
    var people: Int = 20_000

    @Option(help: "Referrals whose subjects are researched.")
    var referrals: Int = 2_000

    @Option(help: "Seed of the synthetic data.")
    var seed: UInt64 = 1

    @Option(help: "Folder to keep the stores and the linked file in (default a temporary folder, removed after).")
    var data: String?

    @Option(help: ArgumentHelp("Also run this tool on the same files in the same run: splink (Splink 5, DuckDB, set up as its FEBRL tutorials; installed into .build/linkage-venv).", valueName: "tool"))
    var against: String?

    @Flag(name: .customLong("no-public"), help: "Skip FEBRL3 and FEBRL4 (they need Python and PyPI the first time).")
    var skipPublic = false

    @Option(help: "Also link this many synthetic records (a file of its own) for speed and memory; 0 to skip.")
    var scale: Int = 0

    func run() async throws {
        if let against, against != "splink" { throw ValidationError("--against \(against): the one tool known is splink") }
        let folder = data.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("mash-linkage-bench-\(UUID().uuidString)")
        defer { if data == nil { try? FileManager.default.removeItem(at: folder) } }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let configuration = SyntheticHubConfiguration(people: people, referrals: referrals, seed: seed)
        let started = ContinuousClock.now
        let hub = try SyntheticHub.generateInMemory(configuration: configuration)
        let records = Agency.allCases.flatMap { hub.extracts[$0] ?? [] }
        Figures.print("synth.people", Double(hub.population.people.count), "people", decimals: 0)
        Figures.print("synth.records", Double(records.count), "records", decimals: 0)
        Figures.print("synth.seconds", (ContinuousClock.now - started).seconds, "s")

        let link = try LinkageMeasurement.link(records)
        Figures.print("link.pairs.true", Double(link.quality.truePositives + link.quality.falseNegatives), "pairs", decimals: 0)
        Figures.print("link.pairs.predicted", Double(link.quality.truePositives + link.quality.falsePositives), "pairs", decimals: 0)
        Figures.print("link.precision", link.quality.precision, "")
        Figures.print("link.recall", link.quality.recall, "")
        Figures.print("link.f1", link.quality.f1, "")
        Figures.print("link.seconds", link.seconds, "s")
        if let data { try Data(link.csv.utf8).write(to: URL(fileURLWithPath: data).appendingPathComponent("linked.csv")) }

        let stores = AgencyStoreFolder(folder)
        for agency in Agency.allCases {
            try AgencyStoreWriter.write((hub.extracts[agency] ?? []).map(\.record), agency: agency, to: stores.storeURL(for: agency), source: "synthetic")
        }
        let research = try LinkageMeasurement.research(hub: hub, stores: try stores.openAll())
        Figures.print("research.subjects", Double(research.subjects), "subjects", decimals: 0)
        Figures.print("research.precision", research.all.precision, "")
        Figures.print("research.recall", research.all.recall, "")
        Figures.print("research.f1", research.all.f1, "")
        Figures.print("research.match.precision", research.matches.precision, "")
        Figures.print("research.match.recall", research.matches.recall, "")
        Figures.print("research.possible_matches", Double(research.possibleMatches), "links", decimals: 0)
        Figures.print("research.false_links", Double(research.all.falsePositives), "links", decimals: 0)
        Figures.print("research.missed_links", Double(research.all.falseNegatives), "links", decimals: 0)
        Figures.print("research.seconds", research.seconds, "s")

        let publicBench = PublicLinkageBench(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), splink: against == "splink")
        if !skipPublic || scale > 0 {
            guard FileManager.default.fileExists(atPath: publicBench.root.appendingPathComponent("scripts/linkage/setup.sh").path) else {
                throw ValidationError("run from the package folder (scripts/linkage/setup.sh prepares the public data sets and Splink)")
            }
            try publicBench.prepare()
        }
        if !skipPublic {
            for (name, file) in publicBench.febrl { try publicBench.measure(name, file: file) }
        }
        if scale > 0 {
            let file = folder.appendingPathComponent("scale.csv")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Self.syntheticFile(records: scale, seed: seed, to: file)
            try publicBench.measure("scale", file: file)
        }
    }

    /// `records` synthetic agency records (names, dates of birth as YYYYMMDD, addresses, sex, identifiers left
    /// out) with the true person of each, as a person CSV.
    static func syntheticFile(records: Int, seed: UInt64, to file: URL) throws {
        // About 0.45 agency records per person in the synthetic hub.
        let hub = try SyntheticHub.generateInMemory(configuration: SyntheticHubConfiguration(people: records * 25 / 10, referrals: 0, seed: seed))
        var csv = CSVWriter.line(["id", "first_name", "surname", "dob", "postcode", "address", "town", "true_id"])
        var written = 0
        for generated in Agency.allCases.flatMap({ hub.extracts[$0] ?? [] }) where written < records {
            let record = generated.record
            let dob = record.dateOfBirth.map { String(format: "%04d%02d%02d", $0.year, $0.month, $0.day) } ?? ""
            csv += CSVWriter.line([
                "\(record.agency.rawValue):\(record.recordId)", record.forename, record.surname, dob, record.postcode ?? "",
                record.addressLine1 ?? "", "", String(generated.truePerson),
            ])
            written += 1
        }
        try Data(csv.utf8).write(to: file)
    }
}
