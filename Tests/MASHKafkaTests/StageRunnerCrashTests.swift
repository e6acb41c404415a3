import Foundation
import MASHKafka
import MASHTestSupport
import Testing

@Suite("Stage runner processes that crash or stop", .serialized)
struct StageRunnerCrashTests {
    static let count = 3000

    func feed(_ test: TestBroker, range: Range<Int>) async throws {
        let records = range.map { ProducerRecord(topic: "in", key: "child-\($0 % 97)", value: Array("{\"n\":\($0)}".utf8)) }
        try await test.producer().send(records)
    }

    func relay(_ test: TestBroker) throws -> ChildProcess {
        try ChildProcess("mash", ["relay", "--input", "in", "--output", "out", "--bootstrap-servers", test.bootstrapServers,
                                  "--group-id", "relay", "--batch-size", "50"])
    }

    /// Outputs grouped by idempotency key.
    func byKey(_ messages: [ConsumedMessage]) throws -> [String: [ConsumedMessage]] {
        try Dictionary(grouping: messages) { try #require($0.header(IdempotencyKey.header)?.stringValue) }
    }

    @Test("a relay killed with SIGKILL mid-run and restarted loses nothing, and every duplicate is a replay")
    func killedAndRestarted() async throws {
        let test = try TestBroker(topics: ["in": 4, "out": 4])
        try await feed(test, range: 0..<Self.count)

        let first = try relay(test)
        // Kill it once part of the work is out, with batches still open.
        let partial = try await test.collect(["out"], timeout: .seconds(60)) { $0.count >= Self.count / 3 }
        first.kill(SIGKILL)
        #expect(await first.waitForExit(timeout: .seconds(10)) != nil)
        #expect(partial.count < Self.count)

        let second = try relay(test)
        defer { second.kill(SIGKILL) }
        let outputs = try await test.collect(["out"], timeout: .seconds(90)) { messages in
            Set(messages.compactMap { $0.header(IdempotencyKey.header)?.stringValue }).count >= Self.count
        }

        let groups = try byKey(outputs)
        #expect(groups.count == Self.count, "distinct idempotency keys must equal inputs")
        #expect(Set(outputs.map(\.value)) == Set((0..<Self.count).map { Array("{\"n\":\($0)}".utf8) }), "no input may be lost")
        for (key, copies) in groups {
            #expect(Set(copies.map(\.value)).count == 1, "replays of \(key) must carry the same content")
        }
        print("crash test: outputs \(outputs.count), distinct \(groups.count), replayed \(outputs.count - groups.count)")
    }

    @Test("a relay stopped with SIGTERM with batches in flight commits what it sent, and after a restart nothing is replayed")
    func gracefulStopHasNoReplays() async throws {
        let test = try TestBroker(topics: ["in": 4, "out": 4])
        try await feed(test, range: 0..<Self.count)
        let first = try relay(test)
        let partial = try await test.collect(["out"], timeout: .seconds(60)) { $0.count >= Self.count / 3 }
        first.kill(SIGTERM)
        #expect(await first.waitForExit(timeout: .seconds(20)) == 0)
        #expect(first.outputText.contains("mash.stage.stopped"))
        #expect(partial.count < Self.count)

        try await feed(test, range: Self.count..<(Self.count + 500))
        let second = try relay(test)
        defer { second.kill(SIGKILL) }
        let total = Self.count + 500
        let outputs = try await test.collect(["out"], timeout: .seconds(60)) { $0.count >= total }
        // Give any replay time to show up before counting.
        try await Task.sleep(for: .seconds(1))
        let settled = try await test.collectSettled(["out"], atLeast: outputs.count)

        #expect(settled.count == total)
        #expect(try byKey(settled).count == total)
    }
}
