import ArgumentParser
import MASHStages
import MASHWorker

/// Decides each assessed case and tasks the agencies that act.
@main
struct DecisionWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mash-decision",
        abstract: "Decide assessed cases (mash.decision): outcome, tasking to police, social care and health, audit."
    )

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var stage: StageOptions
    @OptionGroup var policyOptions: PolicyOptions

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.decision")
        let policy = try policyOptions.load(logger: logger)
        try await StageProcess.run(DecisionMaker(policy: policy), name: "decision", kafka: kafka, options: stage, logger: logger)
    }
}
