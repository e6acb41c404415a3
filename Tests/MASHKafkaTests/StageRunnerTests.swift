import Foundation
import MASHCore
import MASHKafka
import MASHTestSupport
import Synchronization
import Testing

@Suite("Stage runner in this process")
struct StageRunnerTests {
    /// Runs `handler` over `inputs` on topic "in" until `done` holds for what reached `outputs`.
    func run(
        _ handler: some StageHandler,
        inputs: [ProducerRecord],
        delivery: DeliveryMode = .atLeastOnce,
        handlerThreads: Int = 1,
        deadLetterKeepsBytes: Bool = true,
        inputsFromOutside: Bool = false,
        outputs: [String],
        until done: @escaping ([ConsumedMessage]) -> Bool
    ) async throws -> (messages: [ConsumedMessage], statistics: StageStatistics) {
        let test = try TestBroker(topics: ["in": 3, "out": 3])
        try await test.producer().send(inputs)
        var configuration = StageRunnerConfiguration(stageName: "test", inputTopic: "in", groupID: "stage-\(UUID().uuidString)", delivery: delivery, batchSize: 7)
        configuration.handlerThreads = handlerThreads
        configuration.deadLetterKeepsBytes = deadLetterKeepsBytes
        configuration.inputsFromOutside = inputsFromOutside
        configuration.connectionTimeout = .seconds(10)
        let runner = try StageRunner(configuration: configuration, kafka: test.kafka, handler: handler, logger: test.logger)
        let running = Task { try await runner.run() }
        let messages = try await test.collect(outputs, until: done)
        running.cancel()
        try await running.value
        return (messages, runner.statistics)
    }

    static func inputs(_ count: Int) -> [ProducerRecord] {
        (0..<count).map { ProducerRecord(topic: "in", key: "k\($0 % 5)", value: Array("message \($0)".utf8)) }
    }

    @Test("a handler error dead-letters that message with the reason and the rest of the batch still arrives")
    func deadLetter() async throws {
        struct Refusal: Error, CustomStringConvertible { var description: String { "refused: contains 13" } }
        let handler = ClosureStageHandler { message in
            if String(decoding: message.value, as: UTF8.self) == "message 13" { throw Refusal() }
            return [ProducerRecord(topic: "out", key: message.key, value: message.value)]
        }
        // The refused message has no key: its letter still gets one, so keyless letters spread over partitions.
        var inputs = Self.inputs(30)
        inputs[13].key = nil
        let (messages, statistics) = try await run(handler, inputs: inputs, outputs: ["out", "mash.dead-letter"]) {
            $0.count >= 30
        }

        let outputs = messages.filter { $0.topic == "out" }
        let letters = messages.filter { $0.topic == "mash.dead-letter" }
        #expect(Set(outputs.map(\.value)).count == 29)
        #expect(!outputs.contains { $0.value == Array("message 13".utf8) })
        let letterMessage = try #require(letters.first)
        #expect(letters.count == 1)
        let letter = try JSONDecoder().decode(DeadLetter.self, from: Data(letterMessage.value))
        #expect(letter.reason == "refused: contains 13")
        #expect(letter.stage == "test")
        #expect(letter.source.topic == "in")
        #expect(letter.originalBytes == Array("message 13".utf8))
        #expect(letter.original.truncated == false)
        #expect(letterMessage.header(IdempotencyKey.header) != nil)
        #expect(letterMessage.key?.isEmpty == false)
        #expect(statistics.deadLettered == 1)
    }

    @Test("an input with a huge key is dead-lettered under the key's digest with its first bytes, and the partition goes on")
    func hugeKeyDoesNotWedgeThePartition() async throws {
        struct Refusal: Error, CustomStringConvertible { var description: String { "refused" } }
        let handler = ClosureStageHandler { message in
            if (message.key?.count ?? 0) > 1_000 { throw Refusal() }
            return [ProducerRecord(topic: "out", key: message.key, value: message.value)]
        }
        // One partition's worth of traffic: the hostile message first, ordinary ones after it on the same partition.
        let hugeKey = String(repeating: "K", count: 520_000)
        var inputs = [ProducerRecord(topic: "in", key: hugeKey, value: Array("hostile".utf8))]
        inputs += (0..<6).map { ProducerRecord(topic: "in", key: "k", value: Array("after \($0)".utf8)) }
        let (messages, statistics) = try await run(handler, inputs: inputs, outputs: ["out", "mash.dead-letter"]) { $0.count >= 7 }
        #expect(messages.filter { $0.topic == "out" }.count == 6)
        let letterMessage = try #require(messages.first { $0.topic == "mash.dead-letter" })
        let digest = SHA256.hex(Array(hugeKey.utf8))
        let keyedByDigest = letterMessage.keyString == "sha256:" + digest
        #expect(keyedByDigest, "the letter's key is \(letterMessage.key?.count ?? 0) bytes")
        let letter = try JSONDecoder().decode(DeadLetter.self, from: Data(letterMessage.value))
        #expect(letter.source.key?.utf8.count == DeadLetter.keyLimit)
        #expect(letter.source.keySize == 520_000 && letter.source.keySha256 == digest)
        #expect(letterMessage.value.count < 10_000)
        #expect(statistics.deadLettered == 1)
    }

    @Test("a stage whose inputs carry hub-only records dead-letters their size, digest and place, never their bytes")
    func deadLetterWithoutBytes() async throws {
        struct Refusal: Error, CustomStringConvertible { var description: String { "refused" } }
        let handler = ClosureStageHandler { message in
            if String(decoding: message.value, as: UTF8.self) == "message 4" { throw Refusal() }
            return [ProducerRecord(topic: "out", key: message.key, value: message.value)]
        }
        let (messages, _) = try await run(handler, inputs: Self.inputs(10), deadLetterKeepsBytes: false, outputs: ["out", "mash.dead-letter"]) {
            $0.count >= 10
        }
        let letterMessage = try #require(messages.first { $0.topic == "mash.dead-letter" })
        #expect(!String(decoding: letterMessage.value, as: UTF8.self).contains(Data("message 4".utf8).base64EncodedString()))
        let letter = try JSONDecoder().decode(DeadLetter.self, from: Data(letterMessage.value))
        #expect(letter.originalBytes.isEmpty && letter.original.withheld == true)
        #expect(letter.original.size == 9 && letter.original.sha256 == SHA256.hex(Array("message 4".utf8)))
        #expect(letter.source.topic == "in" && letter.source.offset != nil)
    }

    @Test("with several handler threads every input is handled once, and each key's outputs keep input order")
    func handlerThreads() async throws {
        struct Refusal: Error, CustomStringConvertible { var description: String { "refused: 17" } }
        let calls = CallCounter()
        let handler = ClosureStageHandler { message in
            let number = Int(String(decoding: message.value, as: UTF8.self).dropFirst("message ".count)) ?? 0
            calls.count(number)
            // Later inputs of a batch often finish first.
            usleep(UInt32((7 - number % 7) * 400))
            if number == 17 { throw Refusal() }
            return [ProducerRecord(topic: "out", key: message.key, value: message.value)]
        }
        let (messages, _) = try await run(handler, inputs: Self.inputs(60), handlerThreads: 4, outputs: ["out", "mash.dead-letter"]) {
            $0.count >= 60
        }
        let outputs = messages.filter { $0.topic == "out" }
        // (A replay after a rebalance would repeat a stretch; first occurrences must still be in order.)
        #expect(Set(outputs.map(\.value)).count == 59)
        #expect(messages.contains { $0.topic == "mash.dead-letter" })
        #expect(calls.counts.keys.sorted() == Array(0..<60))
        for (key, group) in Dictionary(grouping: outputs, by: { $0.key ?? [] }) {
            var seen = Set<Int>()
            let numbers = group.map { Int(String(decoding: $0.value, as: UTF8.self).dropFirst("message ".count)) ?? -1 }.filter { seen.insert($0).inserted }
            #expect(numbers == numbers.sorted(), "key \(String(decoding: key, as: UTF8.self)) out of order: \(numbers)")
        }
    }

    @Test("every output carries an idempotency key and a traceparent derived from its input")
    func keysAndTrace() async throws {
        let handler = ClosureStageHandler { message in
            [ProducerRecord(topic: "out", key: message.key, value: message.value),
             ProducerRecord(topic: "out", key: message.key, value: message.value + Array(" copy".utf8))]
        }
        let (messages, _) = try await run(handler, inputs: Self.inputs(10), outputs: ["out"]) { $0.count >= 20 }

        let keys = messages.compactMap { $0.header(IdempotencyKey.header)?.stringValue }
        #expect(keys.count == 20)
        #expect(Set(keys).count == 20)
        for message in messages {
            let traceparent = try #require(message.header("traceparent")?.stringValue)
            let key = try #require(message.header(IdempotencyKey.header)?.stringValue)
            #expect(traceparent.hasPrefix("00-"))
            #expect(traceparent.contains("-\(key.prefix(16))-"))
        }
        // The same input always yields the same key: derive it independently and compare.
        let original = ConsumedMessage(topic: "in", partition: 0, offset: 0, key: Array("k0".utf8), value: Array("message 0".utf8))
        let expected = IdempotencyKey.derive(base: IdempotencyKey.base(of: original), topic: "out", index: 0)
        #expect(messages.contains { $0.header(IdempotencyKey.header)?.stringValue == expected && $0.value == Array("message 0".utf8) })
        // Its trace is what it always was: SHA-256 of "trace:" and the input's key (pinned, computed elsewhere).
        let first = try #require(messages.first { $0.header(IdempotencyKey.header)?.stringValue == expected })
        #expect(first.header("traceparent")?.stringValue == "00-5d183b0611b280785e4ce5ce057a3ed9-\(expected.prefix(16))-01")
    }

    @Test("inputs from outside the hub: a forged idempotency key or traceparent is stripped, and the same bytes under another key or none are one input")
    func inputsFromOutside() async throws {
        let seenHeaders = Mutex<Set<String>>([])
        let handler = ClosureStageHandler { message in
            seenHeaders.withLock { $0.formUnion(message.headers.map(\.name)) }
            return [ProducerRecord(topic: "out", key: "case", value: message.value)]
        }
        let forgedKey = String(repeating: "ab", count: 16)
        let forgedTrace = "00-\(String(repeating: "cd", count: 16))-\(String(repeating: "ef", count: 8))-01"
        let forged = [KafkaHeader(name: IdempotencyKey.header, string: forgedKey), KafkaHeader(name: "traceparent", string: forgedTrace),
                      KafkaHeader(name: "mash-stage", string: "decision"), KafkaHeader(name: "partner-note", string: "kept")]
        let inputs = [
            ProducerRecord(topic: "in", key: "R1", value: Array("referral one".utf8), headers: forged),
            ProducerRecord(topic: "in", key: "R2", value: Array("referral two".utf8), headers: forged),
            ProducerRecord(topic: "in", key: "another key", value: Array("referral one".utf8)),
            ProducerRecord(topic: "in", key: nil as String?, value: Array("referral one".utf8)),
        ]
        let (messages, _) = try await run(handler, inputs: inputs, inputsFromOutside: true, outputs: ["out"]) { $0.count >= 4 }

        let keyOf = Dictionary(grouping: messages, by: { String(decoding: $0.value, as: UTF8.self) })
            .mapValues { Set($0.compactMap { $0.header(IdempotencyKey.header)?.stringValue }) }
        // Three sends of one referral under three keys: one idempotency key, so consumers act on it once.
        #expect(keyOf["referral one"]?.count == 1)
        // Two referrals under one forged header: two keys, so neither's outcome is dropped as the other's replay.
        #expect(keyOf["referral two"]?.count == 1 && keyOf["referral one"] != keyOf["referral two"])
        #expect(!messages.contains { $0.header(IdempotencyKey.header)?.stringValue == IdempotencyKey.derive(base: forgedKey, topic: "out", index: 0) })
        #expect(!messages.contains { $0.header("traceparent")?.stringValue?.contains(String(repeating: "cd", count: 16)) == true })
        #expect(seenHeaders.withLock { $0 } == ["partner-note"], "only headers the hub does not own reach the handler")
    }

    @Test("inside the hub, the idempotency key an input carries is the one its outputs derive from")
    func inputsFromInside() async throws {
        let handler = ClosureStageHandler { message in [ProducerRecord(topic: "out", key: message.key, value: message.value)] }
        let carried = String(repeating: "ab", count: 16)
        let inputs = [ProducerRecord(topic: "in", key: "R1", value: Array("case file".utf8), headers: [KafkaHeader(name: IdempotencyKey.header, string: carried)])]
        let (messages, _) = try await run(handler, inputs: inputs, outputs: ["out"]) { $0.count >= 1 }
        #expect(messages.first?.header(IdempotencyKey.header)?.stringValue == IdempotencyKey.derive(base: carried, topic: "out", index: 0))
    }

    @Test("exactly-once mode begins, produces and commits transactions, and the outputs arrive")
    func exactlyOnce() async throws {
        let handler = ClosureStageHandler { message in [ProducerRecord(topic: "out", key: message.key, value: message.value)] }
        let (messages, statistics) = try await run(handler, inputs: Self.inputs(40), delivery: .exactlyOnce, outputs: ["out"]) {
            Set($0.map(\.value)).count >= 40
        }

        #expect(Set(messages.map(\.value)) == Set(Self.inputs(40).map(\.value)))
        #expect(statistics.batches >= 1)
        #expect(statistics.consumed == 40)
        #expect(statistics.redeliveries == 0)
    }

    @Test("an output the broker can never accept dead-letters its input instead of blocking the partition; the replays it causes carry their original keys")
    func undeliverableOutput() async throws {
        let handler = ClosureStageHandler { message in
            let huge = String(decoding: message.value, as: UTF8.self) == "message 3"
            let value = huge ? [UInt8](repeating: 65, count: 2_000_000) : message.value
            return [ProducerRecord(topic: "out", key: message.key, value: value)]
        }
        let (messages, statistics) = try await run(handler, inputs: Self.inputs(10), outputs: ["out", "mash.dead-letter"]) { messages in
            messages.contains { $0.topic == "mash.dead-letter" } && Self.byKey(messages.filter { $0.topic == "out" }).count >= 9
        }

        let outputs = Self.byKey(messages.filter { $0.topic == "out" })
        #expect(outputs.count == 9)
        for (key, copies) in outputs { #expect(Set(copies.map(\.value)).count == 1, "replays of \(key) must carry the same content") }
        let letter = try #require(messages.first { $0.topic == "mash.dead-letter" })
        let decoded = try JSONDecoder().decode(DeadLetter.self, from: Data(letter.value))
        #expect(decoded.reason.contains("could not be delivered"))
        #expect(decoded.originalBytes == Array("message 3".utf8))
        #expect(statistics.deadLettered == 1)
        #expect(statistics.redeliveries >= 1)
    }

    /// Messages grouped by their idempotency key (messages without one are left out).
    static func byKey(_ messages: [ConsumedMessage]) -> [String: [ConsumedMessage]] {
        Dictionary(grouping: messages.filter { $0.header(IdempotencyKey.header) != nil }) { $0.header(IdempotencyKey.header)?.stringValue ?? "" }
    }
}

@Suite("Idempotency keys")
struct IdempotencyKeyTests {
    @Test("the keys of a message are what they always were (pinned from SHA-256 computed elsewhere), so replays of earlier messages still match")
    func keysAreStable() {
        let message = ConsumedMessage(topic: "in", partition: 0, offset: 0, key: Array("k0".utf8), value: Array("message 0".utf8))
        let base = IdempotencyKey.base(of: message)
        #expect(base == "73267b03413ceb1fb43f31e2c7638ac6")
        #expect(IdempotencyKey.derive(base: base, topic: "out", index: 0) == "260a9fc8d74ba8f00fa84457917825be")
    }
}

@Suite("Replay filter")
struct ReplayFilterTests {
    func message(key: String?, offset: Int64) -> ConsumedMessage {
        ConsumedMessage(topic: "t", partition: 0, offset: offset, key: nil, value: [],
                        headers: key.map { [KafkaHeader(name: IdempotencyKey.header, string: $0)] } ?? [])
    }

    @Test("passes each idempotency key once and counts the replays it drops")
    func dropsReplays() {
        var filter = ReplayFilter()
        let verdicts = [("a", 0), ("b", 1), ("a", 2), (nil, 3)].map { key, offset in
            filter.isFirst(message(key: key, offset: Int64(offset)))
        }
        #expect(verdicts == [true, true, false, true])
        #expect(filter.replays == 1)
        #expect(filter.distinctCount == 2)
    }
}

/// How many times a handler saw each input, from any thread.
private final class CallCounter: Sendable {
    private let calls = Mutex<[Int: Int]>([:])
    func count(_ number: Int) { calls.withLock { $0[number, default: 0] += 1 } }
    var counts: [Int: Int] { calls.withLock { $0 } }
}
