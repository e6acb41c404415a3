import Foundation
import MASHCore
import MASHKafka
import MASHOperator
import MASHTestSupport
import MASHWorker
import Testing

@Suite("The hub end to end: real worker executables on the embedded broker", .serialized)
struct HubEndToEndTests {
    static let referralCount = 500

    /// Inputs no stage can accept, each with a word its dead-letter reason must contain.
    static let malformed: [(bytes: [UInt8], reasonContains: String)] = [
        (Array("{not json".utf8), "not valid JSON"),
        (Array("{}".utf8), "missing"),
        ([0xFF, 0xFE, 0x00, 0x7B], "JSON"),
        (Array(#"{"schema":"mash.referral/9"}"#.utf8), "schema"),
        (Array("[1,2,3]".utf8), "mash.referral"),
    ]

    @Test("500 synthetic referrals each reach exactly one end (an outcome, or a proposal held for sign-off with nothing tasked) as the stages decide, and only malformed inputs are dead-lettered")
    func fullPipeline() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("mash-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let synth = try ChildProcess("mash", ["synth", "--out", data.path, "--people", "3000", "--referrals", String(Self.referralCount), "--seed", "11"])
        #expect(await synth.waitForExit(timeout: .seconds(120)) == 0, "\(synth.outputText)")
        let lines = try Data(contentsOf: data.appendingPathComponent("referrals.jsonl"))
            .split(separator: UInt8(ascii: "\n")).map { Array($0) }
        #expect(lines.count == Self.referralCount)

        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        let workers = try [
            ChildProcess("mash-referral", ["--bootstrap-servers", test.bootstrapServers, "--stores", data.path]),
            ChildProcess("mash-research", ["--bootstrap-servers", test.bootstrapServers, "--stores", data.path]),
            ChildProcess("mash-risk", ["--bootstrap-servers", test.bootstrapServers]),
            ChildProcess("mash-decision", ["--bootstrap-servers", test.bootstrapServers]),
        ]
        defer { for worker in workers { worker.kill(SIGKILL) } }

        // Keyed by referral id, as partner feeds (and `mash feed`) send them, so a reused id follows its original.
        let referralIds = try lines.map { try MASHJSON.decode(Referral.self, from: Data($0)).referralId }
        var inputs = zip(lines, referralIds).map { ProducerRecord(topic: "mash.referral", key: $1, value: $0) }
        inputs += Self.malformed.map { ProducerRecord(topic: "mash.referral", key: nil, value: $0.bytes) }
        inputs.shuffle()
        // A different referral reusing an id already sent: it must be refused, the original kept.
        var reused = try MASHJSON.decode(Referral.self, from: Data(lines[0]))
        reused.concern.summary += " (amended)"
        let reusedBytes = try MASHJSON.encodeBytes(reused)
        inputs.append(ProducerRecord(topic: "mash.referral", key: referralIds[0], value: reusedBytes))
        try await test.producer().send(inputs)

        let expectedEnds = Self.referralCount + Self.malformed.count + 1
        var ledger = DeliveryLedger()
        var read = 0
        let messages = try await test.collect(["mash.research", "mash.outcome", "mash.review", "mash.dead-letter", "mash.tasking.police", "mash.tasking.social-care", "mash.tasking.health"],
                                              timeout: .seconds(180)) { messages in
            // Outcomes and their taskings are on different topics: wait for the taskings too.
            for message in messages[read...] { ledger.add(message) }
            read = messages.count
            return ledger.referralsEnded + ledger.deadLettered >= expectedEnds && ledger.taskingsAwaited == 0
        }
        var replays = ReplayFilter()
        let distinct = messages.filter { replays.isFirst($0) }
        #expect(messages.allSatisfy { $0.header(IdempotencyKey.header) != nil }, "every output carries an idempotency key")

        // Exactly one end per referral: an outcome, or a proposal held for a person.
        let outcomes = try distinct.filter { $0.topic == "mash.outcome" }.map { try MASHJSON.decode(Outcome.self, from: Data($0.value)) }
        let reviews = try distinct.filter { $0.topic == "mash.review" }.map { try MASHJSON.decode(Review.self, from: Data($0.value)) }
        #expect(outcomes.count + reviews.count == Self.referralCount)
        #expect(!outcomes.isEmpty && !reviews.isEmpty, "\(outcomes.count) issued, \(reviews.count) held")
        let ends = outcomes.map(\.referralId) + reviews.map(\.referralId)
        #expect(Dictionary(grouping: ends, by: { $0 }).allSatisfy { $0.value.count == 1 })
        #expect(Set(ends) == Set(referralIds))

        // What the hub remembered of each child when its referral arrived: only earlier referrals about the same
        // child in this stream (which of them depends on the order the referral worker read them in).
        let caseFiles = try distinct.filter { $0.topic == "mash.research" }.map { try MASHJSON.decode(CaseFile.self, from: Data($0.value)) }
        let subjects = Dictionary(caseFiles.map { ($0.referralId, $0) }, uniquingKeysWith: { first, _ in first })
        var remembered: [String: [PreviousReferral]] = [:]
        for file in caseFiles {
            let earlier = file.screening.previousReferrals ?? []
            remembered[file.referralId] = earlier
            for previous in earlier {
                let other = subjects[previous.referralId]
                #expect(other == nil || other?.subjectKey == file.subjectKey, "\(file.referralId) remembers \(previous.referralId), another child's")
                #expect(previous.receivedAt < file.receivedAt && referralIds.contains(previous.referralId))
            }
        }
        #expect(caseFiles.contains { $0.screening.previousReferrals != nil }, "some child is referred twice in 500 referrals")

        // The taskings are the ones the stages decide, and each tasking the outcome lists was delivered.
        let reference = try ReferencePipeline(stores: data)
        let taskings = try distinct.filter { $0.topic.hasPrefix("mash.tasking.") }.map { try MASHJSON.decode(Tasking.self, from: Data($0.value)) }
        let taskingIds = Set(taskings.map(\.taskingId))
        var results = Dictionary(uniqueKeysWithValues: outcomes.map { ($0.referralId, ExpectedResult(outcome: $0)) })
        for review in reviews { results[review.referralId] = ExpectedResult(review: review) }
        var mismatches: [String] = []
        for (line, referralId) in zip(lines, referralIds) {
            let expected = try ExpectedResult.of(reference.run(line, remembered: remembered[referralId] ?? []))
            let actual = results[referralId]
            if expected != actual.map({ [$0] }) { mismatches.append("\(referralId): expected \(expected), got \(String(describing: actual))") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        // Exactly the issued outcomes' taskings went out: nothing of a held proposal is tasked.
        let listed = Set(outcomes.flatMap { $0.taskings.map(\.taskingId) })
        #expect(listed == taskingIds)
        #expect(taskingIds.isDisjoint(with: reviews.flatMap { $0.taskings.map(\.taskingId) }))
        #expect(!taskings.isEmpty)

        // Only the malformed inputs were dead-lettered, each with a reason that says what was wrong.
        let letters = try distinct.filter { $0.topic == "mash.dead-letter" }.map { try JSONDecoder().decode(DeadLetter.self, from: Data($0.value)) }
        #expect(letters.count == Self.malformed.count + 1)
        let refusal = letters.first { $0.originalBytes == reusedBytes }
        #expect(refusal?.reason.contains("duplicate referral id") == true, "reason was \(refusal?.reason ?? "none")")
        for bad in Self.malformed {
            let letter = letters.first { $0.originalBytes == bad.bytes }
            #expect(letter != nil, "no dead letter for \(bad.bytes)")
            #expect(letter?.reason.contains(bad.reasonContains) == true, "reason was \(letter?.reason ?? "none")")
            #expect(letter?.stage == "referral")
        }

        for worker in workers { worker.kill(SIGTERM) }
        for worker in workers { #expect(await worker.waitForExit(timeout: .seconds(20)) == 0, "\(worker.name) did not stop cleanly") }
    }
}
