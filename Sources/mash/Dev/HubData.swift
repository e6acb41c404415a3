import Foundation
import MASHSynthetic

/// The synthetic data a dev run uses: generated once, reused while the parameters stay the same.
struct HubData: CustomStringConvertible {
    let folder: URL
    let manifest: SyntheticHubManifest
    let reused: Bool

    var referralsFile: URL { folder.appendingPathComponent("referrals.jsonl") }

    static func prepare(in folder: URL, people: Int, referrals: Int, seed: UInt64) throws -> HubData {
        let configuration = SyntheticHubConfiguration(people: people, referrals: referrals, seed: seed)
        if let existing = SyntheticHubManifest.existing(in: folder), existing.matches(configuration) {
            if !SyntheticStores.exist(in: folder) { try SyntheticStores.load(in: folder) }
            return HubData(folder: folder, manifest: existing, reused: true)
        }
        Console.line("generating synthetic data in \(folder.path)...")
        let manifest = try SyntheticHub.generate(configuration: configuration, into: folder)
        try SyntheticStores.load(in: folder)
        return HubData(folder: folder, manifest: manifest, reused: false)
    }

    var description: String {
        let records = manifest.agencyRecords.values.reduce(0, +)
        return "synthetic data (\(reused ? "reused" : "generated"), seed \(manifest.seed)): \(manifest.peopleGenerated) people in "
            + "\(manifest.households) households, \(records) agency records, \(manifest.referralsGenerated) referrals"
    }
}
