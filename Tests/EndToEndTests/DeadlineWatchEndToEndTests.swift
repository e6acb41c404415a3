import Foundation
import MASHCore
import MASHKafka
import MASHTestSupport
import Testing

/// The real `mash-watch` against the embedded broker: a research deadline already passed is escalated once,
/// and a watcher killed and started again raises the same escalation, which any consumer drops as a replay.
@Suite("The deadline watcher, end to end", .serialized)
struct DeadlineWatchEndToEndTests {
    @Test("research overdue: one escalation to the hub manager on mash.escalation; after SIGKILL and a restart, the same one again (same idempotency key), nothing new")
    func overdueResearchEscalatedOnceAcrossRestarts() async throws {
        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        var file = try MASHJSON.decode(CaseFile.self, from: Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/mash.research.json")))
        let now = Timestamp.now
        file.receivedAt = Timestamp(millisecondsSince1970: now.millisecondsSince1970 - 3 * 3_600_000)
        file.timestamps = StageTimestamps(received: file.receivedAt, referral: file.receivedAt)
        file.screening.researchDeadline = Timestamp(millisecondsSince1970: now.millisecondsSince1970 - 3_600_000)
        file.screening.agencyDeadlines = nil
        // A case decided already is never escalated, however late it was.
        var decidedFile = file
        decidedFile.caseId = "CASE-DECIDED"
        var outcome = try MASHJSON.decode(Outcome.self, from: Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/mash.outcome.json")))
        outcome.caseId = decidedFile.caseId
        outcome.subjectKey = file.subjectKey
        try await test.producer().send([
            ProducerRecord(topic: "mash.research", key: file.subjectKey, value: try MASHJSON.encodeBytes(file)),
            ProducerRecord(topic: "mash.research", key: file.subjectKey, value: try MASHJSON.encodeBytes(decidedFile)),
            ProducerRecord(topic: "mash.outcome", key: file.subjectKey, value: try MASHJSON.encodeBytes(outcome)),
        ])

        var watcher = try ChildProcess("mash-watch", ["--bootstrap-servers", test.bootstrapServers])
        let first = try await test.collect(["mash.escalation"], timeout: .seconds(60)) { !$0.isEmpty }
        let escalation = try MASHJSON.decode(Escalation.self, from: Data(try #require(first.first).value))
        #expect(escalation.caseId == file.caseId && escalation.concerning == .researchDeadline && escalation.by == nil)
        #expect(escalation.deadline?.escalatedTo == .hubManager && escalation.deadline?.dueBy == file.screening.researchDeadline)
        #expect(first.first?.keyString == file.caseId)
        watcher.kill(SIGKILL)
        _ = await watcher.waitForExit(timeout: .seconds(10))

        watcher = try ChildProcess("mash-watch", ["--bootstrap-servers", test.bootstrapServers])
        defer { watcher.kill(SIGKILL) }
        let all = try await test.collect(["mash.escalation"], timeout: .seconds(60)) { $0.count >= 2 }
        #expect(all.count == 2, "the restarted watcher raised it again")
        #expect(Set(all.compactMap { $0.header(IdempotencyKey.header)?.stringValue }).count == 1, "as a replay: one idempotency key")
        #expect(Set(try all.map { try MASHJSON.decode(Escalation.self, from: Data($0.value)).escalationId }) == [escalation.escalationId])
        #expect(watcher.process.isRunning)
    }
}
