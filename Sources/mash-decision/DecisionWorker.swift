import ArgumentParser
import MASHStages
import MASHWorker

/// Decides each assessed case: issues what the policy lets software issue, holds the rest for a person,
/// and issues a held case's decision once a person signs it off.
@main
struct DecisionWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mash-decision",
        abstract: "Decide assessed cases (mash.decision) and apply sign-offs (mash.sign-off): outcome, tasking to police, social care and health, held proposals on mash.review, audit."
    )

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var stage: StageOptions
    @OptionGroup var policyOptions: PolicyOptions

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.decision")
        let settings = try StageWorkerSettings.from(kafka: kafka, stage: stage, name: "decision")
        try await buildDecisionWorker(policy: try policyOptions.load(logger: logger), settings: settings, logger: logger).run()
    }
}
