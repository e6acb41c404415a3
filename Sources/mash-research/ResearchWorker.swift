import ArgumentParser
import Foundation
import MASHAgencyStore
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

    @Option(help: "Stores folder: reads <folder>/stores/<agency>.sqlite, as `mash synth --out` and `mash agency load --stores` write.")
    var stores: String

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.research")
        let agencyStores: [any AgencyRecordStore] = try AgencyStoreFolder(path: stores).openAll()
        try await StageProcess.run(AgencyResearch(stores: agencyStores), name: "research", kafka: kafka, options: stage, logger: logger)
    }
}
