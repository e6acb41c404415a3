import Foundation
import Logging
import MASHKafka
import MASHOperator
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
    /// `warmUp` referrals (others than those measured) go through first at the same rate, unmeasured: the
    /// first seconds of fresh processes (connections, metadata, caches) are not the hub's steady state.
    /// `afterwards` runs while the hub is still up, its workers stopped (for the per-stage runs).
    func run(
        _ referrals: [[UInt8]], kind: HubWorkers.Kind = .stages, copies: [String: Int] = [:], workerArguments: [String] = [],
        rate: Double = 0, warmUp: [[UInt8]] = [], afterwards: (HubSession) async throws -> Void = { _ in }
    ) async throws -> Result {
        let hub = try await HubSession.start(
            folder: folder, people: data.manifest.people, referrals: data.manifest.referrals, seed: data.manifest.seed, port: 0,
            kind: kind, copies: copies, workerArguments: workerArguments, logger: logger
        )
        let (seconds, latencies) = try await measure(referrals, on: hub, rate: rate, warmUp: warmUp)
        let memory = Dictionary(uniqueKeysWithValues: hub.workers.workers.compactMap { worker in
            worker.residentKilobytes.map { (worker.name, $0) }
        })
        await hub.stop()
        try await afterwards(hub)
        return Result(referrals: referrals.count, seconds: seconds, latencies: latencies, memory: memory)
    }

    /// Feeds the warm-up, then the referrals, and times them to their ends. The feeding producer and the
    /// monitoring consumer live only in here, so they are gone before the hub's broker stops and nothing
    /// logs a lost connection on the way out.
    private func measure(
        _ referrals: [[UInt8]], on hub: HubSession, rate: Double, warmUp: [[UInt8]]
    ) async throws -> (seconds: Double, latencies: [Int64]) {
        let monitor = try PipelineMonitor(kafka: hub.kafka, logger: logger)
        let monitoring = Task { try await monitor.run() }
        defer { monitoring.cancel() }
        // The workers are ready (their ready files); the clock starts once the monitor is too.
        guard await monitor.waitForPartitions(timeout: .seconds(60)) else { throw BenchError("the monitor got no partitions within 60 s") }
        let intake = ReferralIntake(producer: try ReferralIntake.producer(kafka: hub.kafka, logger: logger))
        if !warmUp.isEmpty {
            try await intake.send(warmUp, rate: rate)
            try await waitUntilFinished(warmUp.count, monitor: monitor, since: .now)
        }
        let unmeasured = monitor.snapshot.latencies.count
        let started = ContinuousClock.now
        let feeding = Task { try await intake.send(referrals, rate: rate) }
        try await waitUntilFinished(warmUp.count + referrals.count, monitor: monitor, since: started)
        let seconds = (ContinuousClock.now - started).seconds
        _ = try await feeding.value
        monitoring.cancel()
        _ = try? await monitoring.value
        return (seconds, Array(monitor.snapshot.latencies.dropFirst(unmeasured)))
    }

    private func waitUntilFinished(_ count: Int, monitor: PipelineMonitor, since started: ContinuousClock.Instant) async throws {
        while monitor.snapshot.finished < count {
            guard ContinuousClock.now - started < .seconds(1800) else { throw BenchError("run did not finish within 30 minutes") }
            try await Task.sleep(for: .milliseconds(20))
        }
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
