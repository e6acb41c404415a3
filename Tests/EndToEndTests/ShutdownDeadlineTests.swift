import Foundation
import MASHKafka
import MASHTestSupport
import MASHWorker
import Testing

/// A worker told to stop while its broker has stopped answering (connections open, no replies) cannot
/// drain, commit or leave its group; cancellation cannot reach a thread waiting in librdkafka. It must still
/// be gone within its deadline, below a container's stop grace period. Ending itself is a kill as far as
/// Kafka is concerned, and a kill at any moment loses nothing (`HubEndToEndTests`, `ChaosTests`); the
/// embedded broker does not serve every partition again once its answers have been held up, so this test
/// does not read the topic after.
@Suite("A worker whose broker stops answering", .serialized)
struct ShutdownDeadlineTests {
    static let count = 20_000

    @Test("ends within its shutdown deadline on SIGTERM")
    func endsWithinItsDeadline() async throws {
        let test = try TestBroker(topics: ["in": 4, "out": 4])
        let value = Array(repeating: UInt8(ascii: "x"), count: 1_000)
        try await test.producer().send((0..<Self.count).map {
            ProducerRecord(topic: "in", key: Array("child-\($0 % 50)".utf8), value: Array("\($0):".utf8) + value)
        })
        let arguments = ["relay", "--bootstrap-servers", test.bootstrapServers, "--input", "in", "--output", "out", "--group-id", "deadline"]
        let relay = try ChildProcess("mash", arguments)
        defer { relay.kill(SIGKILL) }
        #expect(await relay.waitUntilReady(timeout: .seconds(60)), "\(relay.outputText.suffix(2000))")
        _ = try await test.collect(["out"], timeout: .seconds(60)) { $0.count >= 100 }

        // Every answer now takes ten minutes.
        try test.broker.setRoundTripTime(milliseconds: 600_000)
        let stopping = ContinuousClock.now
        relay.kill(SIGTERM)
        let status = await relay.waitForExit(timeout: .seconds(60))
        let took = ContinuousClock.now - stopping
        try test.broker.setRoundTripTime(milliseconds: 0)
        #expect(status != nil, "still running a minute after SIGTERM")
        #expect(took < WorkerGraph.shutdownDeadline + .seconds(10), "took \(took)")
        // Ended by its deadline (75), or, had the drain been quick, by itself (0).
        #expect(status == 75 || status == 0, "\(relay.outputText.suffix(2000))")
    }
}
