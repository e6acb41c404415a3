import Foundation
import MASHKafka

/// Times relays draining a backlog: one relay, or several chained topic to topic. The clock runs from the
/// moment the first relay has its partitions (its ready file) until the last relay's group has committed
/// offsets covering the backlog, so start-up and joining the group stay outside it.
///
/// Every run reads the backlog afresh in groups of its own. The topics after it are shared by all runs
/// (the embedded broker keeps every topic in memory until it stops, so fresh ones per run would add
/// ~120 MB each): a relay reading one starts where the previous run left it, its group's offsets committed
/// there before it joins, and the last relay writes to a sink nobody reads.
struct RelayThroughputRun {
    let bench: RelayBenchBroker
    /// The topic holding the backlog.
    let input: String
    /// Where the backlog starts on each partition of `input`.
    let starts: [TopicPartition: Int64]
    /// How many messages it has.
    let backlog: Int64
    /// The topics between chained relays, in order.
    let links: [String]
    let sink: String

    /// Prepares runs of up to `maximumHops` relays on `input`.
    init(bench: RelayBenchBroker, input: String, maximumHops: Int) throws {
        let marks = try bench.watermarks(of: input)
        self.bench = bench
        self.input = input
        starts = marks.mapValues(\.low)
        backlog = marks.values.reduce(0) { $0 + $1.high - $1.low }
        links = try (1..<max(1, maximumHops)).map { try bench.createTopic("bench.relay.link-\($0)") }
        sink = try bench.createTopic("bench.relay.sink")
    }

    /// Messages per second through `hops` relays of `implementation`; `label` names this run's groups and logs.
    func messagesPerSecond(_ implementation: RelayImplementation, hops: Int, label: String) async throws -> Double {
        precondition(hops >= 1 && hops <= links.count + 1, "at most \(links.count + 1) hops")
        let topics = [input] + links.prefix(hops - 1) + [sink]
        var lastStarts = starts
        for hop in stride(from: 2, through: hops, by: 1) {
            lastStarts = try bench.watermarks(of: topics[hop - 1]).mapValues(\.high)
            try bench.commit(lastStarts, for: RelayBenchBroker.group(of: "\(label)-hop\(hop)"))
        }
        let relays = try (1...hops).map { hop in
            try bench.relay(implementation, name: "\(label)-hop\(hop)", input: topics[hop - 1], output: topics[hop])
        }
        do {
            // The downstream relays first, idle, so the whole chain is in place when the first one (and the
            // clock) starts.
            for relay in relays.dropFirst() { try relay.start() }
            for relay in relays.dropFirst() { _ = try await relay.waitUntilReady() }
            try relays[0].start()
            let started = try await relays[0].waitUntilReady()
            try await waitUntilCommitted(group: RelayBenchBroker.group(of: "\(label)-hop\(hops)"), from: lastStarts, relays: relays)
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
