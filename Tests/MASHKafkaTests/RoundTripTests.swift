import Foundation
import MASHKafka
import MASHTestSupport
import Logging
import Testing

@Suite("Producer and consumer on the embedded broker")
struct RoundTripTests {
    @Test("a message keeps its key, value and headers through the broker")
    func roundTrip() async throws {
        let test = try TestBroker(topics: ["round-trip": 3])
        let producer = try test.producer()
        let headers = [KafkaHeader(name: "traceparent", string: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                       KafkaHeader(name: "binary", value: [0, 255, 7])]
        try await producer.send([
            ProducerRecord(topic: "round-trip", key: "child-1", value: Array("first".utf8), headers: headers),
            ProducerRecord(topic: "round-trip", key: nil, value: Array("second".utf8)),
        ])

        let messages = try await test.collect(["round-trip"]) { $0.count >= 2 }

        let first = try #require(messages.first { $0.value == Array("first".utf8) })
        #expect(first.keyString == "child-1")
        #expect(first.headers == headers)
        #expect(first.timestampMilliseconds != nil)
        let second = try #require(messages.first { $0.value == Array("second".utf8) })
        #expect(second.key == nil)
        #expect(second.headers.isEmpty)
    }

    @Test("borrowed messages read as copied ones do, outlive their consumer, and go out again unchanged")
    func borrowed() async throws {
        let test = try TestBroker(topics: ["borrowed": 3, "again": 3])
        let producer = try test.producer()
        let count = 300
        let sent = (0..<count).map { index in
            ProducerRecord(topic: "borrowed", key: index % 7 == 0 ? nil : Array("child-\(index)".utf8),
                           value: index % 11 == 0 ? [] : Array("value \(index) ".utf8) + [UInt8](repeating: UInt8(index % 256), count: index))
        }
        try await producer.send(sent)
        var consumer: KafkaConsumer? = try test.consumer(topics: ["borrowed"])
        var received: [ConsumedMessage] = []
        let deadline = ContinuousClock.now + .seconds(30)
        while received.count < count, ContinuousClock.now < deadline {
            received += try consumer!.pollBatch(maxMessages: 64, maxWait: .zero, idleTimeout: .milliseconds(100), borrowing: true)
        }
        // The consumer is closed and let go: the messages keep what they borrowed alive.
        consumer?.close()
        consumer = nil

        #expect(received.count == count)
        #expect(received.allSatisfy { $0.valueBytes.isBorrowed })
        /// Each message as its key (or a marker for none) and value.
        func pairs(_ messages: [(key: [UInt8]?, value: [UInt8])]) -> [[[UInt8]]] {
            messages.map { [$0.key ?? [0xff], $0.value] }.sorted { $0.lexicographicallyPrecedes($1) { $0.lexicographicallyPrecedes($1) } }
        }
        #expect(pairs(received.map { ($0.key, $0.value) }) == pairs(sent.map { ($0.key, $0.value) }))
        for message in received {
            let copy = ConsumedMessage(topic: message.topic, partition: message.partition, offset: message.offset, key: message.key,
                                       value: message.value, headers: message.headers, timestampMilliseconds: message.timestampMilliseconds)
            #expect(copy == message, "a borrowed message equals its copy")
            #expect(copy.hashValue == message.hashValue)
            #expect(!copy.valueBytes.isBorrowed)
        }
        // Produced straight from the borrowed bytes, as a relay does.
        try await producer.send(received.map { ProducerRecord(topic: "again", keyBytes: $0.keyBytes, valueBytes: $0.valueBytes) })
        received.removeAll()
        let again = try await test.collect(["again"]) { $0.count >= count }
        #expect(pairs(again.map { ($0.key, $0.value) }) == pairs(sent.map { ($0.key, $0.value) }))
    }

    @Test("messages with one key stay in order on one partition")
    func keyedOrder() async throws {
        let test = try TestBroker(topics: ["ordered": 6])
        let producer = try test.producer()
        try await producer.send((0..<50).map { ProducerRecord(topic: "ordered", key: "same-child", value: Array(String($0).utf8)) })

        let messages = try await test.collect(["ordered"]) { $0.count >= 50 }

        #expect(Set(messages.map(\.partition)).count == 1)
        #expect(messages.map { String(decoding: $0.value, as: UTF8.self) } == (0..<50).map(String.init))
    }

    @Test("two consumers in one group share the partitions and together see every message")
    func groupSharesPartitions() async throws {
        let test = try TestBroker(topics: ["shared": 4])
        let producer = try test.producer()
        let count = 400
        try await producer.send((0..<count).map { ProducerRecord(topic: "shared", key: "k\($0)", value: Array(String($0).utf8)) })

        let group = "sharing-\(UUID().uuidString)"
        let first = try test.consumer(group: group, topics: ["shared"])
        let second = try test.consumer(group: group, topics: ["shared"])
        defer { first.close(); second.close() }
        var seenByFirst: [ConsumedMessage] = []
        var seenBySecond: [ConsumedMessage] = []
        let deadline = ContinuousClock.now + .seconds(40)
        // Keep both polling until the group has settled on a split and every message is in.
        while ContinuousClock.now < deadline {
            async let a = first.nextBatch(maxMessages: 500, maxWait: .milliseconds(20), idleTimeout: .milliseconds(100))
            async let b = second.nextBatch(maxMessages: 500, maxWait: .milliseconds(20), idleTimeout: .milliseconds(100))
            seenByFirst += try await a
            seenBySecond += try await b
            let assignments = (try first.assignment(), try second.assignment())
            if Set((seenByFirst + seenBySecond).map(\.value)).count == count, !assignments.0.isEmpty, !assignments.1.isEmpty { break }
        }

        let firstPartitions = Set(try first.assignment().map(\.partition))
        let secondPartitions = Set(try second.assignment().map(\.partition))
        #expect(!firstPartitions.isEmpty)
        #expect(!secondPartitions.isEmpty)
        #expect(firstPartitions.isDisjoint(with: secondPartitions))
        #expect(firstPartitions.union(secondPartitions) == [0, 1, 2, 3])
        #expect(Set((seenByFirst + seenBySecond).map(\.value)).count == count)
    }

    @Test("the broker command serves any client on the port it was given")
    func brokerCommand() async throws {
        let port = 20_000 + Int.random(in: 0..<20_000)
        let broker = try ChildProcess("mash", ["broker", "--port", String(port)])
        defer { broker.kill(SIGTERM) }
        #expect(await broker.waitForOutput(containing: "bootstrap: 127.0.0.1:\(port)", timeout: .seconds(20)))

        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let kafka = KafkaConfiguration(bootstrapServers: "127.0.0.1:\(port)")
        let producer = try KafkaProducer(configuration: kafka, logger: logger)
        try await producer.send([ProducerRecord(topic: "mash.dead-letter", key: "k", value: Array("via-port".utf8))])
        let consumer = try KafkaConsumer(configuration: kafka, options: ConsumerOptions(groupID: "port-test"), logger: logger)
        try consumer.subscribe(["mash.dead-letter"])
        var received: [ConsumedMessage] = []
        let deadline = ContinuousClock.now + .seconds(20)
        while received.isEmpty, ContinuousClock.now < deadline {
            received += try await consumer.nextBatch()
        }
        consumer.close()
        #expect(received.map(\.value) == [Array("via-port".utf8)])

        let apply = try ChildProcess("mash", ["topics", "apply", "--bootstrap-servers", "127.0.0.1:\(port)"])
        #expect(await apply.waitForExit(timeout: .seconds(30)) == 0)
        #expect(apply.outputText.contains("found mash.dead-letter (\(EmbeddedBroker.minimumPartitions) partitions)"))

        broker.kill(SIGTERM)
        #expect(await broker.waitForExit(timeout: .seconds(10)) == 0)
    }
}
