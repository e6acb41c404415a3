import Foundation
import MASHCore
import Testing
@testable import MASHStages

/// Deadlines crossed at known instants, on a case whose every deadline is known.
@Suite struct DeadlineWatchTests {
    static let received = Timestamp(iso8601: "2026-03-02T09:00:00.000Z")!
    static func at(minutes: Int) -> Timestamp { Timestamp(millisecondsSince1970: received.millisecondsSince1970 + Int64(minutes) * 60_000) }

    static func example<Value: Decodable>(_ topic: String, as type: Value.Type) throws -> Value {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("topics/examples/\(topic).json")
        return try MASHJSON.decode(type, from: Data(contentsOf: url))
    }

    /// The case screened Red at `received`, research due two hours later.
    static func screened(_ caseId: String = "CASE-W") throws -> CaseFile {
        var file = try example("mash.research", as: CaseFile.self)
        file.caseId = caseId
        file.receivedAt = received
        file.timestamps = StageTimestamps(received: received, referral: at(minutes: 1))
        file.screening.rag = .red
        file.screening.researchDeadline = at(minutes: 120)
        file.screening.agencyDeadlines = nil
        return file
    }

    static func researched(_ file: CaseFile, silent: [Agency]) throws -> CaseFile {
        var done = try example("mash.risk-assessment", as: CaseFile.self)
        done.caseId = file.caseId
        done.research?.noResponseFrom = silent
        return done
    }

    static func feed(_ watch: inout DeadlineWatch, _ topic: PipelineTopic, _ message: some Encodable) throws {
        watch.take(topic: topic.rawValue, partition: 3, value: try MASHJSON.encodeBytes(message))
    }

    @Test("research not done by its deadline: exactly one escalation to the hub manager, at the deadline and not before")
    func researchOverdue() throws {
        var watch = DeadlineWatch()
        try Self.feed(&watch, .research, try Self.screened())
        #expect(watch.due(at: Self.at(minutes: 119)).isEmpty)
        let raised = watch.due(at: Self.at(minutes: 120))
        #expect(raised.count == 1)
        #expect(raised.first?.concerning == .researchDeadline && raised.first?.deadline == MissedDeadline(dueBy: Self.at(minutes: 120), escalatedTo: .hubManager))
        #expect(raised.first?.by == nil && raised.first?.kind == .raised && raised.first?.caseId == "CASE-W")
        #expect(watch.due(at: Self.at(minutes: 600)).isEmpty, "raised once")
    }

    @Test("an agency that did not answer: its MASH lead at the deadline, the hub manager two hours later, once each")
    func agencyNoResponse() throws {
        var watch = DeadlineWatch()
        let file = try Self.screened()
        try Self.feed(&watch, .research, file)
        try Self.feed(&watch, .riskAssessment, try Self.researched(file, silent: [.health]))
        #expect(watch.due(at: Self.at(minutes: 100)).isEmpty, "researched before the deadline: the silence is not late yet")
        let lead = watch.due(at: Self.at(minutes: 125))
        #expect(lead.map(\.deadline) == [MissedDeadline(dueBy: Self.at(minutes: 120), agency: .health, escalatedTo: .agencyMASHLead)])
        #expect(watch.due(at: Self.at(minutes: 239)).isEmpty)
        let manager = watch.due(at: Self.at(minutes: 240))
        #expect(manager.map(\.deadline) == [MissedDeadline(dueBy: Self.at(minutes: 120), agency: .health, escalatedTo: .hubManager)])
        #expect(lead.first?.text.contains("No response from Health") == true)
        #expect(watch.due(at: Self.at(minutes: 900)).isEmpty)
    }

    @Test("a hub that tells its manager after one working hour (policy deadlineEscalation) gets the second tier then, counted in working hours for an Amber case")
    func policySetsTheManagersInterval() throws {
        var policy = HubPolicy.default
        policy.deadlineEscalation = DeadlineEscalationPolicy(hubManagerAfter: .workingHours(1))
        var watch = DeadlineWatch(policy: policy)
        var file = try Self.screened()
        file.screening.rag = .amber
        // Due at 16:30 on Monday 2 March 2026; the hub closes at 17:00 and opens at 09:00.
        file.screening.researchDeadline = Timestamp(iso8601: "2026-03-02T16:30:00.000Z")!
        try Self.feed(&watch, .research, file)
        try Self.feed(&watch, .riskAssessment, try Self.researched(file, silent: [.health]))
        #expect(watch.due(at: Timestamp(iso8601: "2026-03-02T16:30:00.000Z")!).map(\.deadline?.escalatedTo) == [.agencyMASHLead])
        #expect(watch.due(at: Timestamp(iso8601: "2026-03-02T18:00:00.000Z")!).isEmpty, "half a working hour left at closing")
        #expect(watch.due(at: Timestamp(iso8601: "2026-03-03T09:29:00.000Z")!).isEmpty)
        #expect(watch.due(at: Timestamp(iso8601: "2026-03-03T09:30:00.000Z")!).map(\.deadline?.escalatedTo) == [.hubManager])
    }

    @Test("a held proposal past its deadline is escalated once; a decided case never is, whatever arrives after")
    func decisionOverdueAndDecided() throws {
        var watch = DeadlineWatch()
        let file = try Self.screened()
        try Self.feed(&watch, .research, file)
        try Self.feed(&watch, .riskAssessment, try Self.researched(file, silent: []))
        var review = try Self.example("mash.review", as: Review.self)
        review.caseId = file.caseId
        review.dueBy = Self.at(minutes: 300)
        try Self.feed(&watch, .review, review)
        #expect(watch.due(at: Self.at(minutes: 299)).isEmpty)
        #expect(watch.due(at: Self.at(minutes: 300)).map(\.concerning) == [.decisionDeadline])
        var outcome = try Self.example("mash.outcome", as: Outcome.self)
        outcome.caseId = file.caseId
        var second = DeadlineWatch()
        try Self.feed(&second, .research, file)
        try Self.feed(&second, .review, review)
        try Self.feed(&second, .outcome, outcome)
        try Self.feed(&second, .review, review)
        #expect(second.due(at: Self.at(minutes: 900)).isEmpty && second.watching == 0)
    }

    @Test("a watcher that restarts and reads the topics again raises the very same escalations (same ids): consumers drop them as replays")
    func restartRaisesTheSameIds() throws {
        func run() throws -> [String] {
            var watch = DeadlineWatch()
            let file = try Self.screened()
            try Self.feed(&watch, .research, file)
            try Self.feed(&watch, .riskAssessment, try Self.researched(file, silent: [.police, .education]))
            return watch.due(at: Self.at(minutes: 500)).map(\.escalationId).sorted()
        }
        let first = try run()
        #expect(first.count == 4 && Set(first).count == 4)
        #expect(try run() == first)
    }

    @Test("cases of a partition handed to another copy are dropped; a Blue case (no research deadline) is never late")
    func partitionsAndBlue() throws {
        var watch = DeadlineWatch()
        try Self.feed(&watch, .research, try Self.screened("CASE-A"))
        watch.keep(partitions: [0, 1])
        #expect(watch.watching == 0 && watch.due(at: Self.at(minutes: 500)).isEmpty)
        var blue = try Self.screened("CASE-B")
        blue.screening.rag = .blue
        blue.screening.researchDeadline = Self.received
        var other = DeadlineWatch()
        try Self.feed(&other, .research, blue)
        #expect(other.due(at: Self.at(minutes: 10_000)).isEmpty)
    }
}
