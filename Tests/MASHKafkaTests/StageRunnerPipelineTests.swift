import Foundation
import MASHKafka
import MASHTestSupport
import Testing

@Suite("Pipelined stage runner on the embedded broker")
struct StageRunnerPipelineTests {
    static let relay = ClosureStageHandler { message in [ProducerRecord(topic: "out", key: message.key, value: message.value)] }

    static func inputs(_ range: Range<Int>) -> [ProducerRecord] {
        range.map { ProducerRecord(topic: "in", key: "k\($0 % 5)", value: Array("message \($0)".utf8)) }
    }

    func runner(_ test: TestBroker, group: String, handler: some StageHandler, batchSize: Int = 7, commitInterval: Duration? = nil) throws -> StageRunner {
        var configuration = StageRunnerConfiguration(stageName: "pipeline", inputTopic: "in", groupID: group, batchSize: batchSize)
        configuration.connectionTimeout = .seconds(10)
        if let commitInterval { configuration.commitInterval = commitInterval }
        return try StageRunner(configuration: configuration, kafka: test.kafka, handler: handler, logger: test.logger)
    }

    /// The number in "message N".
    static func number(_ message: ConsumedMessage) -> Int? {
        Int(String(decoding: message.value, as: UTF8.self).split(separator: " ").last ?? "")
    }

    @Test("a permanent delivery failure among many batches in flight dead-letters only its input; the first copy of each output keeps its key's order")
    func permanentFailureMidFlight() async throws {
        let test = try TestBroker(topics: ["in": 3, "out": 3])
        let count = 400
        try await test.producer().send(Self.inputs(0..<count))
        let handler = ClosureStageHandler { message in
            let value = Self.number(message) == 211 ? [UInt8](repeating: 65, count: 2_000_000) : message.value
            return [ProducerRecord(topic: "out", key: message.key, value: value)]
        }
        let runner = try runner(test, group: "pipeline-\(UUID().uuidString)", handler: handler)
        let running = Task { try await runner.run() }
        let messages = try await test.collect(["out", "mash.dead-letter"], timeout: .seconds(60)) { messages in
            messages.contains { $0.topic == "mash.dead-letter" } && StageRunnerTests.byKey(messages.filter { $0.topic == "out" }).count >= count - 1
        }
        running.cancel()
        try await running.value

        let outputs = messages.filter { $0.topic == "out" }
        var seen = Set<String>()
        let firstCopies = outputs.filter { seen.insert($0.header(IdempotencyKey.header)?.stringValue ?? "").inserted }
        #expect(Set(firstCopies.compactMap(Self.number)) == Set(0..<count).subtracting([211]), "every other input arrives")
        for (key, copies) in StageRunnerTests.byKey(outputs) {
            #expect(Set(copies.map(\.value)).count == 1, "replays of \(key) must carry the same content")
        }
        for key in Set(firstCopies.compactMap(\.keyString)) {
            let numbers = firstCopies.filter { $0.keyString == key }.compactMap(Self.number)
            #expect(numbers == numbers.sorted(), "outputs of \(key) keep input order")
        }
        let letters = messages.filter { $0.topic == "mash.dead-letter" }
        #expect(Set(letters.compactMap { $0.header(IdempotencyKey.header)?.stringValue }).count == 1)
        let letter = try JSONDecoder().decode(DeadLetter.self, from: Data(try #require(letters.first).value))
        #expect(letter.originalBytes == Array("message 211".utf8))
        #expect(runner.statistics.redeliveries >= 1)
        #expect(runner.statistics.deadLettered == 1)
    }

    @Test("partitions revoked while batches are in flight: a second copy joining the group loses nothing, and every duplicate is a replay")
    func revokeWhileInFlight() async throws {
        let test = try TestBroker(topics: ["in": 4, "out": 4])
        let count = 5000
        try await test.producer().send(Self.inputs(0..<count))
        let group = "pipeline-\(UUID().uuidString)"
        // A handler slow enough (500 a second) that the first copy still has work, and batches in flight,
        // when the second has joined (a join takes about 3 s on the embedded broker).
        let slow = ClosureStageHandler { message in
            usleep(2000)
            return [ProducerRecord(topic: "out", key: message.key, value: message.value)]
        }
        let first = try runner(test, group: group, handler: slow)
        let firstRunning = Task { try await first.run() }
        _ = try await test.collect(["out"], timeout: .seconds(60)) { $0.count >= count / 5 }
        let second = try runner(test, group: group, handler: slow)
        let secondRunning = Task { try await second.run() }
        let outputs = try await test.collect(["out"], timeout: .seconds(120)) { StageRunnerTests.byKey($0).count >= count }
        // The second leaves; the first takes every partition back, reads again what the group had not
        // committed (the embedded broker refuses commits while a group rebalances), and commits to the end.
        secondRunning.cancel()
        try await secondRunning.value
        var committed = try committedTotal(test, group: group)
        let deadline = ContinuousClock.now + .seconds(60)
        while committed < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(200))
            committed = try committedTotal(test, group: group)
        }
        firstRunning.cancel()
        try await firstRunning.value

        let groups = StageRunnerTests.byKey(outputs)
        #expect(groups.count == count)
        #expect(Set(outputs.compactMap(Self.number)) == Set(0..<count))
        for (key, copies) in groups { #expect(Set(copies.map(\.value)).count == 1, "replays of \(key) must carry the same content") }
        #expect(second.statistics.consumed > 0, "the second copy took partitions over")
        #expect(committed == Int64(count), "the group ends with every input committed")
    }

    @Test("a runner stopped with batches in flight commits what it sent, and a restart replays nothing")
    func stopWhileInFlight() async throws {
        let test = try TestBroker(topics: ["in": 4, "out": 4])
        let count = 4000
        try await test.producer().send(Self.inputs(0..<count))
        let group = "pipeline-\(UUID().uuidString)"
        // Slow enough to be stopped mid-run (4 s for the whole backlog).
        let slow = ClosureStageHandler { message in
            usleep(1000)
            return [ProducerRecord(topic: "out", key: message.key, value: message.value)]
        }
        let first = try runner(test, group: group, handler: slow, batchSize: 50)
        let firstRunning = Task { try await first.run() }
        // Stopped by its own count, not by what a reader has seen yet: a reader slowed by a busy machine
        // could see a quarter only once the runner had done everything.
        let deadline = ContinuousClock.now + .seconds(60)
        while first.statistics.consumed < count / 4, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        first.stop()
        try await firstRunning.value
        let second = try runner(test, group: group, handler: slow, batchSize: 50)
        let secondRunning = Task { try await second.run() }
        let outputs = try await test.collect(["out"], timeout: .seconds(60)) { $0.count >= count }
        // Give any replay time to show up before counting.
        try await Task.sleep(for: .seconds(1))
        let settled = try await test.collectSettled(["out"], atLeast: outputs.count)
        secondRunning.cancel()
        try await secondRunning.value

        #expect(first.statistics.consumed < count, "stopped mid-run")
        #expect(settled.count == count, "nothing replayed after a graceful stop")
        #expect(StageRunnerTests.byKey(settled).count == count)
        #expect(first.statistics.consumed + second.statistics.consumed == count)
    }

    @Test("a runner that has delivered everything it read commits at once, not when its commit interval comes round")
    func caughtUpCommitsAtOnce() async throws {
        let test = try TestBroker(topics: ["in": 4, "out": 4])
        let group = "pipeline-\(UUID().uuidString)"
        let count = 60
        // An interval far longer than the test: only the commit of a runner that has caught up can be seen.
        let runner = try runner(test, group: group, handler: Self.relay, batchSize: 10, commitInterval: .seconds(600))
        let running = Task { try await runner.run() }
        try await test.producer().send(Self.inputs(0..<count))
        _ = try await test.collect(["out"], timeout: .seconds(60)) { $0.count >= count }
        let deadline = ContinuousClock.now + .seconds(10)
        var committed = try committedTotal(test, group: group)
        while committed < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
            committed = try committedTotal(test, group: group)
        }
        #expect(committed == Int64(count), "committed while still running, long before the interval")
        // Caught up again after more input: committed again, still without the interval.
        try await test.producer().send(Self.inputs(count..<(count + 5)))
        let later = ContinuousClock.now + .seconds(10)
        while committed < count + 5, ContinuousClock.now < later {
            try await Task.sleep(for: .milliseconds(20))
            committed = try committedTotal(test, group: group)
        }
        #expect(committed == Int64(count + 5))
        running.cancel()
        try await running.value
    }

    /// The group's committed offsets on "in", summed over its partitions.
    func committedTotal(_ test: TestBroker, group: String) throws -> Int64 {
        let probe = try KafkaConsumer(configuration: test.kafka, options: ConsumerOptions(groupID: group), logger: test.logger)
        defer { probe.close() }
        let partitions = (0..<Int32(4)).map { TopicPartition(topic: "in", partition: $0) }
        return try probe.committed(partitions).values.reduce(0, +)
    }
}
