import ArgumentParser
import Foundation
import MASHAgencyStore
import MASHCore
import MASHStages
import MASHWorker

/// Screens referrals from mash.referral into cases on mash.research, or routes open cases to their worker.
@main
struct ReferralWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mash-referral",
        abstract: "Screen referrals (mash.referral) into cases for research (mash.research)."
    )

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var stage: StageOptions
    @OptionGroup var policyOptions: PolicyOptions
    @OptionGroup var keySecret: KeySecretOptions

    @Option(help: "Stores folder (as `mash synth --out` writes); social care's store gives open cases and previous referrals.")
    var stores: String?

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.referral")
        let policy = try policyOptions.load(logger: logger)
        let socialCare = try stores.map { folder in
            try SQLiteAgencyRecordStore(agency: .socialCare, url: AgencyStoreFolder(path: folder).storeURL(for: .socialCare))
        }
        let register = try KafkaReferralRegister(kafka: kafka.configuration(clientID: "mash-referral-register"), logger: logger)
        defer { register.stop() }
        stage.metrics.bootstrap()
        let held = try KafkaHeldDecisions(kafka: kafka.configuration(clientID: "mash-referral-held"), logger: logger)
        defer { held.stop() }
        let memory = try KafkaHubMemory(kafka: kafka.configuration(clientID: "mash-referral-memory"), logger: logger)
        defer { memory.stop() }
        try await StageProcess.run(
            ReferralScreening(policy: policy, socialCare: socialCare, register: register, held: held, keys: try keySecret.load(logger: logger),
                              memory: memory),
            name: "referral",
            kafka: kafka, options: stage, logger: logger,
            onRecords: { records in
                register.record(records)
                held.record(records)
                memory.record(records)
            }
        )
    }
}
