import Foundation
import MASHKafka
import MASHTestSupport
import Testing

@Suite("mash tail on the embedded broker")
struct TailCommandTests {
    @Test("--idle prints every message the topic holds, then stops once nothing new comes")
    func idlePrintsEverythingThenStops() async throws {
        let test = try TestBroker(topics: ["tail-test": 4])
        try await test.producer().send((0..<145).map { ProducerRecord(topic: "tail-test", key: "k\($0 % 9)", value: Array("message \($0)".utf8)) })
        let started = ContinuousClock.now
        let tail = try ChildProcess("mash", ["tail", "tail-test", "--idle", "3", "--bootstrap-servers", test.bootstrapServers])
        #expect(await tail.waitForExit(timeout: .seconds(60)) == 0, "\(tail.outputText.suffix(2000))")
        let lines = tail.outputText.split(separator: "\n").filter { $0.hasPrefix("message ") }
        #expect(lines.count == 145)
        #expect(Set(lines).count == 145)
        // It stopped for being idle, not at some long timeout.
        #expect(ContinuousClock.now - started < .seconds(30))

        // Without --idle or --from-beginning it starts at the newest message: --count stops it.
        let newest = try ChildProcess("mash", ["tail", "tail-test", "--count", "1", "--bootstrap-servers", test.bootstrapServers])
        try await Task.sleep(for: .seconds(2))
        try await test.producer().send([ProducerRecord(topic: "tail-test", key: "k", value: Array("message after".utf8))])
        #expect(await newest.waitForExit(timeout: .seconds(30)) == 0)
        #expect(newest.outputText.split(separator: "\n").filter { $0.hasPrefix("message ") } == ["message after"])
    }
}
