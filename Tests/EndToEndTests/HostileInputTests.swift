import Foundation
import MASHCore
import MASHKafka
import MASHOperator
import MASHSynthetic
import MASHTestSupport
import MASHWorker
import Testing

@Suite("Hostile input through the real workers", .serialized)
struct HostileInputEndToEndTests {
    @Test("1,000 malformed and adversarial referrals in a valid stream are each dead-lettered with a reason; no worker dies; every valid referral is decided or held for sign-off")
    func hostileStream() async throws {
        let hub = try await HubFixture(people: 2000, referrals: 300, seed: 31)
        defer { hub.remove() }
        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        let workers = try hub.startWorkers(test.bootstrapServers)
        defer { for worker in workers { worker.kill(SIGKILL) } }

        // Reused ids point at referrals of the first half, which is sent before any hostile input.
        let firstHalf = try hub.referrals[..<150].map { try MASHJSON.decode(Referral.self, from: Data($0)) }
        let hostile = HostileReferralCorpus.generate(count: 1000, seed: 7, from: firstHalf)
        // Through the hub's intake, as a feed would send them: it refuses what no referral can be.
        let intake = ReferralIntake(producer: try ReferralIntake.producer(kafka: test.kafka, logger: test.logger))
        try await intake.send(Array(hub.referrals[..<150]), rate: 0)
        try await intake.send((Array(hub.referrals[150...]) + hostile.map(\.bytes)).shuffled(), rate: 0)

        let expectedLetters = Set(hostile.map { SHA256.hex($0.bytes) })
        let messages = try await test.collect(["mash.outcome", "mash.review", "mash.dead-letter"], timeout: .seconds(180)) { messages in
            let outcomes = Set(messages.filter { $0.topic != "mash.dead-letter" }.compactMap { $0.header(IdempotencyKey.header)?.stringValue })
            let letters = Set(messages.filter { $0.topic == "mash.dead-letter" }.compactMap { $0.header(IdempotencyKey.header)?.stringValue })
            return outcomes.count >= 300 && letters.count >= expectedLetters.count
        }

        let letters = try messages.filter { $0.topic == "mash.dead-letter" }.map { try JSONDecoder().decode(DeadLetter.self, from: Data($0.value)) }
        let lettered = Dictionary(letters.map { ($0.original.sha256, $0) }, uniquingKeysWith: { first, _ in first })
        var missing: [String] = []
        for item in hostile {
            guard let letter = lettered[SHA256.hex(item.bytes)] else {
                missing.append(item.description)
                continue
            }
            let expectedStage = item.bytes.count > ReferralIntake.maximumReferralBytes ? "intake" : "referral"
            #expect(!letter.reason.isEmpty && letter.stage == expectedStage, "\(item.description): \(letter.stage): \(letter.reason)")
            #expect(letter.original.size == item.bytes.count)
        }
        #expect(missing.isEmpty, "not dead-lettered: \(missing.prefix(5))")
        let unexpected = lettered.filter { !expectedLetters.contains($0.key) }.values.map { "\($0.stage): \($0.reason)" }
        #expect(unexpected.isEmpty, "only the hostile inputs are dead-lettered: \(unexpected.prefix(5))")

        let decided = try messages.filter { $0.topic == "mash.outcome" }.map { try MASHJSON.decode(Outcome.self, from: Data($0.value)).referralId }
        let held = try messages.filter { $0.topic == "mash.review" }.map { try MASHJSON.decode(Review.self, from: Data($0.value)).referralId }
        let undecided = Set(hub.referralIds).subtracting(decided + held)
        #expect(undecided.isEmpty && decided.count + held.count >= hub.referralIds.count, "no outcome or hold for \(undecided.sorted().prefix(10))")
        #expect(workers.allSatisfy { $0.process.isRunning }, "no worker died")
        // The embedded broker drops the oldest messages of a partition over about 5 MB: the hostile inputs
        // must spread over the partitions rather than overflow one.
        for worker in workers { #expect(!worker.outputText.contains("Offset out of range"), "\(worker.name) lost its place in a partition") }
    }

    @Test("with only write access to mash.referral: a forged idempotency header makes no two referrals one, and a referral resent under other keys is acted on once")
    func forgedHeadersAndResends() async throws {
        let hub = try await HubFixture(people: 500, referrals: 6, seed: 37)
        defer { hub.remove() }
        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        let workers = try hub.startWorkers(test.bootstrapServers)
        defer { for worker in workers { worker.kill(SIGKILL) } }

        let forged = [KafkaHeader(name: IdempotencyKey.header, string: String(repeating: "0f", count: 16)),
                      KafkaHeader(name: "traceparent", string: "00-\(String(repeating: "ab", count: 16))-\(String(repeating: "cd", count: 8))-01")]
        let ids = hub.referralIds
        var records: [ProducerRecord] = []
        // Two different referrals under one forged header.
        records += [0, 1].map { ProducerRecord(topic: "mash.referral", key: ids[$0], value: hub.referrals[$0], headers: forged) }
        // One referral three times: under its id, under another key, and under none.
        records += [ProducerRecord(topic: "mash.referral", key: ids[2], value: hub.referrals[2]),
                    ProducerRecord(topic: "mash.referral", key: "resent", value: hub.referrals[2]),
                    ProducerRecord(topic: "mash.referral", key: nil as String?, value: hub.referrals[2])]
        // The rest once each, as a partner would send them.
        records += (3..<ids.count).map { ProducerRecord(topic: "mash.referral", key: ids[$0], value: hub.referrals[$0]) }
        try await test.producer().send(records)

        // All three sends of the resent referral are processed (a consumer must drop two of them), or a
        // minute has passed since every referral had an answer.
        let started = ContinuousClock.now
        let messages = try await test.collect(["mash.outcome", "mash.review"], timeout: .seconds(150)) { messages in
            let answered = messages.compactMap { try? Self.referralId(of: $0) }
            return Set(answered).count >= ids.count
                && (answered.filter { $0 == ids[2] }.count >= 3 || ContinuousClock.now - started > .seconds(60))
        }
        var filter = ReplayFilter()
        let acted = try messages.filter { filter.isFirst($0) }.map { try Self.referralId(of: $0) }
        // Every referral is acted on exactly once by a consumer that drops replays: the two under the forged
        // header both, the resent one once.
        #expect(acted.sorted() == ids.sorted(), "acted on: \(acted.sorted())")
        let forgedTrace = String(repeating: "ab", count: 16)
        #expect(!messages.contains { $0.header("traceparent")?.stringValue?.contains(forgedTrace) == true }, "a producer's trace context is not trusted")
        #expect(workers.allSatisfy { $0.process.isRunning })
    }

    static func referralId(of message: ConsumedMessage) throws -> String {
        message.topic == "mash.outcome"
            ? try MASHJSON.decode(Outcome.self, from: Data(message.value)).referralId
            : try MASHJSON.decode(Review.self, from: Data(message.value)).referralId
    }
}
