import ArgumentParser
import Foundation
import MASHCore
import MASHStages
import MASHWorker

/// Attaches every agency's records on the child and household to each case.
@main
struct ResearchWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mash-research",
        abstract: "Research cases (mash.research) in every agency's records, for risk assessment (mash.risk-assessment)."
    )

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var stage: StageOptions

    @Option(help: "Agency stores folder (as `mash synth --out` writes).")
    var stores: String

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.research")
        let folder = URL(fileURLWithPath: stores)
        let agencyStores: [any AgencyRecordStore] = try Agency.allCases.map { try InMemoryAgencyRecordStore.load(agency: $0, from: folder) }
        try await StageProcess.run(AgencyResearch(stores: agencyStores), name: "research", kafka: kafka, options: stage, logger: logger)
    }
}
