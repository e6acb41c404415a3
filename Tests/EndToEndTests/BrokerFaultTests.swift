import Foundation
import MASHCore
import MASHKafka
import MASHOperator
import MASHTestSupport
import MASHWorker
import Testing

@Suite("The hub through broker faults", .serialized)
struct BrokerFaultTests {
    @Test("a broker that goes down and comes back, and failing produce, fetch and commit requests, stall the hub but lose and repeat nothing")
    func stallsAndRecovers() async throws {
        let hub = try await HubFixture(people: 2000, referrals: 240, seed: 23)
        defer { hub.remove() }
        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        let workers = try hub.startWorkers(test.bootstrapServers)
        defer { for worker in workers { worker.kill(SIGKILL) } }
        let producer = try test.producer()

        try await producer.send(hub.records(0..<80))
        _ = try await test.collect(["mash.outcome", "mash.review"], timeout: .seconds(90)) { $0.count >= 40 }

        // The broker goes away mid-stream, and comes back.
        try test.broker.setBrokerDown()
        try await Task.sleep(for: .seconds(3))
        try test.broker.setBrokerUp()

        // Requests fail for a while: leadership moves, timeouts, a coordinator that is not there.
        test.broker.injectErrors(.produce, codes: Array(repeating: KafkaErrorCode.notLeaderForPartition, count: 4) + [KafkaErrorCode.requestTimedOut])
        test.broker.injectErrors(.fetch, codes: Array(repeating: KafkaErrorCode.notLeaderForPartition, count: 4))
        test.broker.injectErrors(.offsetCommit, codes: Array(repeating: KafkaErrorCode.coordinatorNotAvailable, count: 3))
        try await producer.send(hub.records(80..<240))

        // Outcomes and taskings are on different topics: read until every referral has ended (an outcome, or its
        // proposal held for sign-off) and every tasking an outcome lists is in.
        var ledger = DeliveryLedger()
        var read = 0
        _ = try await test.collect(DeliveryLedger.topics.map(\.rawValue), timeout: .seconds(180)) { messages in
            for message in messages[read...] { ledger.add(message) }
            read = messages.count
            return ledger.referralsEnded >= 240 && ledger.taskingsAwaited == 0
        }
        let report = ledger.report(referralIds: Set(hub.referralIds))
        #expect(report.lost == 0, "\(report.lines)")
        #expect(report.actedOnTwice == 0, "\(report.lines)")
        #expect(report.replaysWithDifferentContent == 0, "\(report.lines)")
        #expect(report.taskingsMissing == 0 && report.taskingsUnlisted == 0, "\(report.lines)")
        #expect(report.outcomes + report.held == 240 && report.outcomes > 0 && report.held > 0, "\(report.lines)")
        #expect(workers.allSatisfy { $0.process.isRunning }, "no worker died of the faults")
    }
}
