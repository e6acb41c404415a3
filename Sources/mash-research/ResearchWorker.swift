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

    @Option(help: "Cases of a batch researched at once, each on its own thread with its own store connections (one case's research does not depend on another's).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.research")
        var configuration = AgencyStoreConfiguration()
        configuration.readers = threads
        stage.metrics.bootstrap()
        let opened: [any AgencyRecordStore] = try AgencyStoreFolder(path: stores).openAll(configuration: configuration)
        let agencyStores: [any AgencyRecordStore] = stage.metrics.port == nil ? opened : opened.map { TimedAgencyStore($0) }
        try await StageProcess.run(
            AgencyResearch(stores: agencyStores), name: "research", kafka: kafka, options: stage, handlerThreads: threads, logger: logger
        )
    }
}
