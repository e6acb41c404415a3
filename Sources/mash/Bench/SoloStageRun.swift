import Foundation
import Logging
import MASHKafka

/// One stage alone on a backlog: a single worker, in a group of its own, reads a topic the pipeline has
/// already filled, and its throughput is read off the offsets it commits.
struct SoloStageRun {
    let hub: HubSession
    let logger: Logger

    /// Messages per second `stage` processes from its full input topic.
    func messagesPerSecond(_ stage: HubWorkers.Stage, input: String) async throws -> Double {
        let group = "bench-solo-\(stage.name)-\(UUID().uuidString.prefix(8))"
        let probe = try KafkaConsumer(configuration: hub.kafka, options: ConsumerOptions(groupID: group), logger: logger)
        defer { probe.close() }
        let partitions = (0..<Int32(try probe.partitionCount(of: input))).map { TopicPartition(topic: input, partition: $0) }
        // The embedded broker may have dropped the oldest messages of a long backlog: count what is there.
        var starts: [TopicPartition: Int64] = [:]
        var total: Int64 = 0
        for partition in partitions {
            let (low, high) = try probe.watermarks(of: partition)
            starts[partition] = low
            total += high - low
        }
        let worker = try stage.process(
            named: "solo-\(stage.name)", bootstrapServers: hub.bootstrapServers, extraArguments: ["--group-id", group] + hub.workerTuning,
            logs: hub.data.folder.appendingPathComponent("logs")
        )
        try worker.start()
        var first: (done: Int64, at: ContinuousClock.Instant)?
        let started = ContinuousClock.now
        while ContinuousClock.now - started < .seconds(1800) {
            let done = try probe.committed(partitions).reduce(Int64(0)) { $0 + $1.value - (starts[$1.key] ?? 0) }
            if first == nil, done > 0 { first = (done, .now) }
            if done >= total, let first {
                _ = await worker.stop()
                // Timed from the first commit, so the worker's start-up is left out; a backlog the first
                // commit covered whole is timed from the start instead (else it would measure nothing).
                let (counted, since) = first.done < total ? (total - first.done, first.at) : (total, started)
                let seconds = (ContinuousClock.now - since).seconds
                return Double(counted) / max(seconds, 0.001)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        _ = await worker.stop()
        throw BenchError("\(stage.name) did not finish its backlog within 30 minutes")
    }
}
