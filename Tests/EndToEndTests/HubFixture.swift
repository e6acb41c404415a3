import Foundation
import MASHCore
import MASHKafka
import MASHTestSupport
import Testing

/// Synthetic data made by the real `mash synth`, and the four real worker executables on a test broker.
struct HubFixture {
    let data: URL
    let referrals: [[UInt8]]
    let referralIds: [String]

    /// Runs `mash synth` into a fresh temporary folder.
    init(people: Int, referrals count: Int, seed: Int) async throws {
        data = FileManager.default.temporaryDirectory.appendingPathComponent("mash-e2e-\(UUID().uuidString)")
        let synth = try ChildProcess("mash", ["synth", "--out", data.path, "--people", String(people), "--referrals", String(count), "--seed", String(seed)])
        let status = await synth.waitForExit(timeout: .seconds(180))
        #expect(status == 0, "\(synth.outputText)")
        referrals = try Data(contentsOf: data.appendingPathComponent("referrals.jsonl")).split(separator: UInt8(ascii: "\n")).map { Array($0) }
        referralIds = try referrals.map { try MASHJSON.decode(Referral.self, from: Data($0)).referralId }
    }

    /// The four workers, started against `bootstrapServers`.
    func startWorkers(_ bootstrapServers: String) throws -> [ChildProcess] {
        try [
            ChildProcess("mash-referral", ["--bootstrap-servers", bootstrapServers, "--stores", data.path]),
            ChildProcess("mash-research", ["--bootstrap-servers", bootstrapServers, "--stores", data.path]),
            ChildProcess("mash-risk", ["--bootstrap-servers", bootstrapServers]),
            ChildProcess("mash-decision", ["--bootstrap-servers", bootstrapServers]),
        ]
    }

    /// The referrals as records keyed by referral id, as partner feeds send them.
    func records(_ range: Range<Int>) -> [ProducerRecord] {
        range.map { ProducerRecord(topic: "mash.referral", key: referralIds[$0], value: referrals[$0]) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: data)
    }
}
