import Foundation
import MASHKafka

/// Times relays draining a backlog: one relay, or several chained topic to topic. The clock runs from the
/// moment the first relay has its partitions (its ready file) until the last relay's group has committed
/// offsets covering the backlog, so start-up and joining the group stay outside it.
struct RelayThroughputRun {
    let bench: RelayBenchBroker
    /// The topic holding the backlog, read afresh by every run (each in groups of its own).
    let input: String
    /// Where the backlog starts on each partition of `input`, and how many messages it has.
    let starts: [TopicPartition: Int64]
    let backlog: Int64

    /// Messages per second through `hops` relays of `implementation`; `label` names this run's topics,
    /// groups and logs.
    func messagesPerSecond(_ implementation: RelayImplementation, hops: Int, label: String) async throws -> Double {
        var topics = [input]
        for hop in 1...hops { topics.append(try bench.createTopic("bench.\(label).\(hop)")) }
        let relays = try (1...hops).map { hop in
            try bench.relay(implementation, name: "\(label)-hop\(hop)", input: topics[hop - 1], output: topics[hop],
                            mashBatchWait: RelayBenchBroker.throughputBatchWait)
        }
        do {
            // The downstream relays first, idle on empty topics, so the whole chain is in place when the
            // first one (and the clock) starts.
            for relay in relays.dropFirst() { try relay.start() }
            for relay in relays.dropFirst() { _ = try await relay.waitUntilReady() }
            try relays[0].start()
            let started = try await relays[0].waitUntilReady()
            let last = hops == 1 ? starts : Dictionary(uniqueKeysWithValues: (0..<Int32(bench.partitions)).map { (TopicPartition(topic: topics[hops - 1], partition: $0), Int64(0)) })
            try await waitUntilCommitted(group: "bench-\(label)-hop\(hops)", from: last, relays: relays)
            let seconds = (ContinuousClock.now - started).seconds
            try await stop(relays)
            return Double(backlog) / max(seconds, 0.000_001)
        } catch {
            _ = await relays.stopAll()
            throw error
        }
    }

    /// Polls the group's committed offsets every 5 ms until they are `backlog` past `starts`.
    private func waitUntilCommitted(group: String, from starts: [TopicPartition: Int64], relays: [WorkerProcess]) async throws {
        let probe = try KafkaConsumer(configuration: bench.kafka, options: ConsumerOptions(groupID: group), logger: bench.logger)
        defer { probe.close() }
        let partitions = Array(starts.keys)
        let deadline = ContinuousClock.now + .seconds(1800)
        while true {
            let committed = try probe.committed(partitions)
            let done = committed.reduce(Int64(0)) { $0 + $1.value - (starts[$1.key] ?? 0) }
            if done >= backlog { return }
            for relay in relays { try relay.checkRunning() }
            guard ContinuousClock.now < deadline else { throw BenchError("group \(group) committed \(done) of \(backlog) in 30 minutes") }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Stops the relays gracefully; one that does not exit cleanly fails the run.
    private func stop(_ relays: [WorkerProcess]) async throws {
        for (relay, status) in await relays.stopAll() where status != 0 {
            throw BenchError("\(relay.name) exited with status \(status.map(String.init) ?? "none (killed)") (see \(relay.logFile.path))")
        }
    }
}

extension Array where Element == WorkerProcess {
    /// Stops every process gracefully, in parallel; each with its exit status (nil if it had to be killed).
    func stopAll() async -> [(WorkerProcess, Int32?)] {
        await withTaskGroup(of: (Int, Int32?).self) { group in
            for (index, worker) in enumerated() { group.addTask { (index, await worker.stop()) } }
            var statuses = [Int32?](repeating: nil, count: count)
            for await (index, status) in group { statuses[index] = status }
            return zip(self, statuses).map { ($0, $1) }
        }
    }
}
