import Foundation
import MASHKafka
import Synchronization

/// Per-hop latency of one relay at a steady offered rate: the bench produces to the relay's input and
/// reads its output, and each message's latency is its arrival on the output less the moment the bench
/// handed it to its producer (one clock, this process's).
struct RelayLatencyRun {
    let bench: RelayBenchBroker
    let backlog: RelayBacklog

    struct Result {
        /// Latency of each measured message that arrived, in microseconds.
        let microseconds: [Int64]
        let sent: Int
    }

    /// Feeds `warmUp` seconds unmeasured, then `seconds` measured, at `rate` messages a second.
    func measure(_ implementation: RelayImplementation, rate: Double, seconds: Double, warmUp: Double, label: String) async throws -> Result {
        let input = try bench.createTopic("bench.\(label).in")
        let output = try bench.createTopic("bench.\(label).out")
        let relay = try bench.relay(implementation, name: label, input: input, output: output)
        try relay.start()
        defer { relay.signal(SIGKILL) }
        _ = try await relay.waitUntilReady()

        let receiver = try ArrivalRecorder(bench: bench, topic: output)
        do {
            let result = try await measure(relay, receiver: receiver, input: input, rate: rate, seconds: seconds, warmUp: warmUp)
            await receiver.stop()
            return result
        } catch {
            await receiver.stop()
            throw error
        }
    }

    private func measure(
        _ relay: WorkerProcess, receiver: ArrivalRecorder, input: String, rate: Double, seconds: Double, warmUp: Double
    ) async throws -> Result {
        try await receiver.waitUntilAssigned()
        let producer = try KafkaProducer(configuration: bench.kafka, options: ProducerOptions(linger: .zero), logger: bench.logger)
        try producer.prepare()

        let unmeasured = Int(rate * warmUp)
        let total = unmeasured + max(1, Int(rate * seconds))
        var sentAt: [ContinuousClock.Instant] = []
        sentAt.reserveCapacity(total)
        let started = ContinuousClock.now
        for index in 0..<total {
            let due = started + .microseconds(Int64(Double(index) / rate * 1_000_000))
            if due > ContinuousClock.now { try await Task.sleep(until: due) }
            let document = backlog.records[index % backlog.records.count].value
            sentAt.append(.now)
            try await producer.send([ProducerRecord(topic: input, key: "latency-\(index)", value: document)])
        }
        let arrivals = try await receiver.waitForArrivals(total, timeout: .seconds(30))
        _ = await relay.stop()
        let latencies = (unmeasured..<total).compactMap { index in
            arrivals[index].map { Int64(($0 - sentAt[index]).seconds * 1_000_000) }
        }
        return Result(microseconds: latencies, sent: total - unmeasured)
    }
}

/// Reads a topic on a thread of its own and notes when each `latency-N` message arrived, stamped as soon
/// as the consumer hands it over (no hop through Swift's task pool on the way).
private final class ArrivalRecorder: @unchecked Sendable {
    private let consumer: KafkaConsumer
    private let arrivals = Mutex<[Int: ContinuousClock.Instant]>([:])
    private let running = Atomic<Bool>(true)
    private let finished = Atomic<Bool>(false)

    init(bench: RelayBenchBroker, topic: String) throws {
        consumer = try KafkaConsumer(
            configuration: bench.kafka, options: ConsumerOptions(groupID: "bench-arrivals-\(UUID().uuidString)", fetchWait: .milliseconds(1)),
            logger: bench.logger
        )
        try consumer.subscribe([topic])
        let thread = Thread { [self] in
            while running.load(ordering: .acquiring) {
                guard let batch = try? consumer.pollBatch(maxMessages: 1000, maxWait: .zero, idleTimeout: .milliseconds(50)) else { break }
                let now = ContinuousClock.now
                arrivals.withLock { seen in
                    for message in batch {
                        guard let key = message.keyString, key.hasPrefix("latency-"), let index = Int(key.dropFirst(8)) else { continue }
                        if seen[index] == nil { seen[index] = now }
                    }
                }
            }
            consumer.close()
            finished.store(true, ordering: .releasing)
        }
        thread.name = "mash.bench.arrivals"
        thread.start()
    }

    /// Waits until the group has given the consumer its partitions, so the first message is not read late.
    func waitUntilAssigned() async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while (try? consumer.assignment())?.isEmpty ?? true {
            guard ContinuousClock.now < deadline else { throw BenchError("the latency consumer got no partitions within 60 s") }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// When each of messages 0..<count arrived (nil for those that did not within `timeout` after the call).
    func waitForArrivals(_ count: Int, timeout: Duration) async throws -> [ContinuousClock.Instant?] {
        let deadline = ContinuousClock.now + timeout
        while arrivals.withLock({ $0.count }) < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        return arrivals.withLock { seen in (0..<count).map { seen[$0] } }
    }

    /// Stops reading and returns once the consumer has left its group: before the broker goes, so nothing
    /// logs a lost connection on the way out.
    func stop() async {
        running.store(false, ordering: .releasing)
        while !finished.load(ordering: .acquiring) { try? await Task.sleep(for: .milliseconds(10)) }
    }
}
