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
        let stores: [any AgencyRecordStore] = try AgencyStoreFolder(path: self.stores).openAll(configuration: configuration)
        let settings = try StageWorkerSettings.from(kafka: kafka, stage: stage, name: "research")
        try await buildResearchWorker(stores: stores, threads: threads, settings: settings, logger: logger).run()
    }
}
