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

    func run() async throws {
        let folder = data.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("mash-linkage-bench-\(UUID().uuidString)")
        defer { if data == nil { try? FileManager.default.removeItem(at: folder) } }
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
    }
}
