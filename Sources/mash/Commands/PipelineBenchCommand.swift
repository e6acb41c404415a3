import ArgumentParser
import Foundation
import MASHKafka
import MASHWorker

struct PipelineBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Throughput, latency, scaling and memory of the four workers on the embedded broker.",
        discussion: """
            Each run starts a fresh embedded broker and real worker processes on synthetic data; the clock starts once \
            every worker and the monitor have their partitions, and the feeder keeps 8 batches on their way. Figures: \
            end-to-end throughput (at-least-once), the same topology with no-op relays (the ceiling the broker \
            and Kafka layer set), end-to-end in exactly-once mode, each stage alone on a full backlog, \
            latency at a fixed offered rate, two copies of the slowest stage, memory per worker, and each \
            stage's CPU cost without Kafka. Use a release build: swift run -c release mash bench.
            """
    )

    @Option(help: "Referrals per throughput run.")
    var referrals: Int = 20_000

    @Option(help: "People in the synthetic population.")
    var people: Int = 50_000

    @Option(name: .customLong("latency-rate"), help: "Offered rate of the latency run, referrals per second.")
    var latencyRate: Double = 1000

    @Option(name: .customLong("latency-seconds"), help: "How long the latency run feeds for.")
    var latencySeconds: Double = 20

    @Option(name: .customLong("warm-up-seconds"), help: "How long referrals are fed, unmeasured, before each latency run.")
    var warmUpSeconds: Double = 10

    @Option(help: "Folder for the synthetic data and logs.")
    var data: String = ".mash/bench"

    @Flag(name: .customLong("cpu-only"), help: "Measure only each stage's CPU cost in-process and its decoding (no broker, no workers; seconds).")
    var cpuOnly = false

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.bench")
        let folder = URL(fileURLWithPath: data)
        let hubData = try HubData.prepare(in: folder, people: people, referrals: referrals, seed: 1)
        let lines = try ReferralFile.lines(at: hubData.referralsFile.path)
        guard !cpuOnly else {
            _ = try measureStageCost(hubData)
            return
        }
        let runner = PipelineRun(folder: folder, data: hubData, logger: logger)

        var solo: [(name: String, perSecond: Double)] = []
        let e2e = try await runner.run(lines) { hub in
            let inputs = ["mash.referral", "mash.research", "mash.risk-assessment", "mash.decision"]
            for (stage, input) in zip(HubWorkers.stages(stores: hub.data.folder), inputs) {
                solo.append((stage.name, try await SoloStageRun(hub: hub, logger: logger).messagesPerSecond(stage, input: input)))
            }
        }
        Figures.print("e2e.at-least-once.throughput", e2e.perSecond, "referrals/s", decimals: 0)
        for (name, kilobytes) in e2e.memory.sorted(by: { $0.key < $1.key }) {
            Figures.print("memory.\(name)", Double(kilobytes) / 1024, "MiB", decimals: 1)
        }
        for stage in solo { Figures.print("stage.\(stage.name).alone", stage.perSecond, "msg/s", decimals: 0) }

        let noop = try await runner.run(lines, kind: .relays)
        Figures.print("noop.throughput", noop.perSecond, "referrals/s", decimals: 0)
        Figures.print("e2e.share-of-noop", 100 * e2e.perSecond / noop.perSecond, "%", decimals: 1)

        let exactlyOnce = try await runner.run(lines, workerArguments: ["--delivery", "exactly-once"])
        Figures.print("e2e.exactly-once.throughput", exactlyOnce.perSecond, "referrals/s", decimals: 0)
        Figures.print("exactly-once.cost", 100 * (1 - exactlyOnce.perSecond / e2e.perSecond), "%", decimals: 1)

        try await latency(at: latencyRate, named: "latency", lines: lines, runner: runner)
        // An offered rate above what the hub sustains measures queueing; half its throughput measures the hub.
        if e2e.perSecond < latencyRate {
            try await latency(at: (e2e.perSecond / 2).rounded(), named: "latency.half-throughput", lines: lines, runner: runner)
        }

        if let slowest = solo.min(by: { $0.perSecond < $1.perSecond }) {
            let scaled = try await runner.run(lines, copies: [slowest.name: 2])
            Figures.print("scaling.\(slowest.name).x2.throughput", scaled.perSecond, "referrals/s", decimals: 0)
            Figures.print("scaling.\(slowest.name).x2.speedup", scaled.perSecond / e2e.perSecond, "x", decimals: 2)
        }

        let stageCost = try measureStageCost(hubData)
        // What the hub loses to Kafka, processes and hops: its rate against its slowest stage's, without Kafka.
        if let slowest = stageCost.min(by: { $0.1 < $1.1 }) {
            Figures.print("e2e.share-of-slowest-stage.\(slowest.0)", 100 * e2e.perSecond / slowest.1, "%", decimals: 1)
        }
    }

    /// Prints each stage's CPU-only rate and what decoding its inputs costs with each decoder; returns the rates.
    private func measureStageCost(_ hubData: HubData) throws -> [(stage: String, perSecond: Double)] {
        let result = try InProcessStageBench(data: hubData).run()
        for (stage, perSecond) in result.perSecond {
            Figures.print("stage.\(stage).cpu-only", perSecond, "msg/s per core", decimals: 0)
        }
        for (stage, foundation, streaming) in result.decoding {
            Figures.print("json.decode.\(stage).foundation", foundation, "µs/msg", decimals: 1)
            Figures.print("json.decode.\(stage).streaming", streaming, "µs/msg", decimals: 1)
        }
        return result.perSecond
    }

    /// End-to-end latency percentiles of referrals fed at `rate` for `latencySeconds`, after a warm-up of
    /// `warmUpSeconds` at the same rate with other referrals (as far as the data has them).
    private func latency(at rate: Double, named name: String, lines: [[UInt8]], runner: PipelineRun) async throws {
        let count = min(lines.count, max(1, Int(rate * latencySeconds)))
        let warmUp = lines.dropFirst(count).prefix(Int(rate * warmUpSeconds))
        let paced = try await runner.run(Array(lines.prefix(count)), rate: rate, warmUp: Array(warmUp))
        Figures.print("\(name).warm-up", Double(warmUp.count), "referrals", decimals: 0)
        let percentiles = Percentiles(paced.latencies)
        for percent in [50.0, 95, 99] {
            Figures.print("\(name).p\(Int(percent))", Double(percentiles.value(at: percent) ?? 0), "ms", decimals: 0)
        }
        Figures.print("\(name).offered-rate", rate, "referrals/s", decimals: 0)
        Figures.print("\(name).achieved-rate", paced.perSecond, "referrals/s", decimals: 0)
    }
}
