import ArgumentParser
import MASHStages
import MASHWorker

/// Assesses each researched case against the hub's thresholds.
@main
struct RiskWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mash-risk",
        abstract: "Assess researched cases (mash.risk-assessment) against the thresholds, for decision (mash.decision)."
    )

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var stage: StageOptions
    @OptionGroup var policyOptions: PolicyOptions

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.risk")
        let settings = try StageWorkerSettings.from(kafka: kafka, stage: stage, name: "risk")
        try await buildRiskWorker(policy: try policyOptions.load(logger: logger), settings: settings, logger: logger).run()
    }
}
