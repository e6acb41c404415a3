import Foundation
import Logging
import MASHKafka
import MASHWorker
import Synchronization

/// One timed run of a hub on its own fresh embedded broker: feed the referrals, wait for every one to end
/// (an outcome or a dead letter), and measure.
struct PipelineRun {
    struct Result {
        let referrals: Int
        let seconds: Double
        /// Milliseconds from the hub receiving each referral to its outcome.
        let latencies: [Int64]
        /// Resident memory of each worker at the end, in KiB, by worker name.
        let memory: [String: Int]

        var perSecond: Double { Double(referrals) / max(seconds, 0.001) }
    }

    let folder: URL
    let data: HubData
    let logger: Logger

    /// Runs `referrals` through workers of `kind`; `rate` 0 feeds as fast as the broker takes them.
    /// `afterwards` runs while the hub is still up, its workers stopped (for the per-stage runs).
    func run(
        _ referrals: [[UInt8]], kind: HubWorkers.Kind = .stages, copies: [String: Int] = [:], workerArguments: [String] = [],
        rate: Double = 0, afterwards: (HubSession) async throws -> Void = { _ in }
    ) async throws -> Result {
        let hub = try await HubSession.start(
            folder: folder, people: data.manifest.people, referrals: data.manifest.referrals, seed: data.manifest.seed, port: 0,
            kind: kind, copies: copies, workerArguments: workerArguments, logger: logger
        )
        let monitor = try PipelineMonitor(kafka: hub.kafka, logger: logger)
        let monitoring = Task { try await monitor.run() }
        let started = ContinuousClock.now
        let seconds: Double
        do {
            let intake = ReferralIntake(producer: try ReferralIntake.producer(kafka: hub.kafka, logger: logger))
            let feeding = Task { try await intake.send(referrals, rate: rate) }
            while monitor.snapshot.finished < referrals.count {
                guard ContinuousClock.now - started < .seconds(1800) else { throw BenchError("run did not finish within 30 minutes") }
                try await Task.sleep(for: .milliseconds(20))
            }
            seconds = Double((ContinuousClock.now - started).milliseconds) / 1000
            _ = try await feeding.value
        }
        let memory = Dictionary(uniqueKeysWithValues: hub.workers.workers.compactMap { worker in
            worker.residentKilobytes.map { (worker.name, $0) }
        })
        // Clients go before the broker they talk to, so nothing logs a lost connection on the way out.
        monitoring.cancel()
        _ = try? await monitoring.value
        let latencies = monitor.snapshot.latencies
        await hub.stop()
        try await afterwards(hub)
        return Result(referrals: referrals.count, seconds: seconds, latencies: latencies, memory: memory)
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension WorkerProcess {
    /// Resident set size from /proc, in KiB, while the process runs.
    var residentKilobytes: Int? {
        guard let pid = processIdentifier, let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
}
