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
        let socialCare = try stores.map { folder in
            try SQLiteAgencyRecordStore(agency: .socialCare, url: AgencyStoreFolder(path: folder).storeURL(for: .socialCare))
        }
        let worker = try buildReferralWorker(
            policy: try policyOptions.load(logger: logger), socialCare: socialCare, keys: try keySecret.load(logger: logger),
            settings: try StageWorkerSettings.from(kafka: kafka, stage: stage, name: "referral"), logger: logger
        )
        try await worker.run()
    }
}
