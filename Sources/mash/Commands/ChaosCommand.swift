import ArgumentParser
import Foundation
import Logging
import MASHCore
import MASHKafka
import MASHOperator
import MASHWorker
import Synchronization

struct ChaosCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chaos",
        abstract: "Feed referrals while killing a random worker with SIGKILL every few seconds; then prove nothing was lost or acted on twice."
    )

    @Option(help: "Referrals to feed.")
    var referrals: Int = 5000

    @Option(help: "Referrals per second.")
    var rate: Double = 500

    @Option(name: .customLong("kill-every"), help: "Seconds between kills.")
    var killEvery: Double = 3

    @Option(help: "Seed of the synthetic data.")
    var seed: UInt64 = 1

    @Option(help: "Folder for the synthetic data and worker logs.")
    var data: String = ".mash/chaos"

    @Option(name: .customLong("bootstrap-servers"), help: "Use this cluster instead of an embedded broker.")
    var bootstrapServers: String?

    @Option(help: "Give up after this many seconds.")
    var timeout: Double = 600

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.chaos")
        let hub = try await HubSession.start(
            folder: URL(fileURLWithPath: data), people: max(5000, referrals * 5), referrals: referrals, seed: seed, port: 0,
            bootstrapServers: bootstrapServers, logger: logger
        )
        let lines = try ReferralFile.lines(at: hub.data.referralsFile.path)
        let referralIds = Set(try lines.map { try MASHJSON.decode(Referral.self, from: Data($0)).referralId })
        let reader = try LedgerReader(kafka: hub.kafka, logger: logger)
        let reading = Task { try await reader.run() }
        let producer = try ReferralIntake.producer(kafka: hub.kafka, logger: logger)
        let fed = Atomic<Bool>(false)
        let feeding = Task { [rate] in
            try await ReferralIntake(producer: producer).send(lines, rate: rate)
            fed.store(true, ordering: .releasing)
        }

        let started = ContinuousClock.now
        var lastKill = started
        var kills = 0
        while reader.snapshot.referralsEnded < referralIds.count || reader.snapshot.taskingsAwaited > 0 {
            if ContinuousClock.now - started > .milliseconds(Int64(timeout * 1000)) {
                Console.line("gave up waiting after \(Int(timeout)) s")
                break
            }
            if !fed.load(ordering: .acquiring) || reader.snapshot.referralsEnded < referralIds.count * 9 / 10,
                ContinuousClock.now - lastKill >= .milliseconds(Int64(killEvery * 1000)),
                // A worker only just restarted is still rejoining its group: killing it again proves little.
                let victim = hub.workers.workers.filter({ $0.isRunning && ContinuousClock.now - $0.startedAt >= .seconds(8) }).randomElement()
            {
                victim.signal(SIGKILL)
                kills += 1
                lastKill = ContinuousClock.now
                Console.line("killed \(victim.name) (kill \(kills)), \(reader.snapshot.referralsEnded)/\(referralIds.count) referrals decided or held for sign-off")
            }
            _ = try hub.workers.restartExited()
            try await Task.sleep(for: .milliseconds(100))
        }
        // Replays still in flight from the last restart arrive within a few batches.
        try await Task.sleep(for: .seconds(3))
        let report = reader.snapshot.report(referralIds: referralIds)
        feeding.cancel()
        reading.cancel()
        await hub.stop()
        Console.line("kills: \(kills)")
        for line in report.lines { Console.line(line) }
        Console.line(report.isClean ? "result: clean" : "result: FAILED")
        if !report.isClean { throw ExitCode.failure }
    }
}
