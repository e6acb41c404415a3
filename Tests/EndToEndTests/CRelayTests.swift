import Foundation
import MASHKafka
import MASHTestSupport
import Testing

/// The C reference relay that `mash bench relay` measures `mash relay` against really relays: every message
/// once, as it was, and its group's offsets committed by the time it stops.
@Suite("The C reference relay", .serialized)
struct CRelayTests {
    static let count = 3000

    /// What a relay must keep of a message.
    struct Copy: Hashable {
        let key: [UInt8]?
        let value: [UInt8]
        let headers: [KafkaHeader]
    }

    /// Input `index`: most keyed (97 keys), some not; most with headers (one of them binary), some without.
    static func input(_ index: Int) -> ProducerRecord {
        let key: [UInt8]? = index % 10 == 0 ? nil : Array("child-\(index % 97)".utf8)
        let headers: [KafkaHeader] = index % 3 == 0 ? [] : [
            KafkaHeader(name: "n", string: String(index)),
            KafkaHeader(name: "bytes", value: [0, 255, UInt8(index % 256)]),
        ]
        return ProducerRecord(topic: "in", key: key, value: Array("{\"n\":\(index)}".utf8), headers: headers)
    }

    /// The number in a value `{"n":N}`.
    static func number(in value: [UInt8]) -> Int {
        Int(String(decoding: value.dropFirst(5).dropLast(), as: UTF8.self)) ?? -1
    }

    @Test("mash-crelay copies key, value and headers of every message once, in each key's order, and commits all on SIGTERM", arguments: [false, true])
    func relaysEveryMessageAndCommits(stopAndWait: Bool) async throws {
        let test = try TestBroker(topics: ["in": 4, "out": 3])
        let inputs = (0..<Self.count).map(Self.input)
        try await test.producer().send(inputs)
        let ready = FileManager.default.temporaryDirectory.appendingPathComponent("crelay-\(UUID().uuidString).ready")
        defer { try? FileManager.default.removeItem(at: ready) }
        var arguments = ["--input", "in", "--output", "out", "--bootstrap-servers", test.bootstrapServers, "--group-id", "crelay"]
        arguments += ["--ready-file", ready.path, "--batch-size", "100"]
        if stopAndWait { arguments.append("--stop-and-wait") }
        let relay = try ChildProcess("mash-crelay", arguments)
        defer { relay.kill(SIGKILL) }

        let outputs = try await test.collect(["out"], timeout: .seconds(15)) { $0.count >= Self.count }
        #expect(FileManager.default.fileExists(atPath: ready.path), "the ready file is made once partitions are assigned")
        relay.kill(SIGTERM)
        #expect(await relay.waitForExit(timeout: .seconds(10)) == 0, "\(relay.outputText.suffix(2000))")

        #expect(outputs.count == Self.count)
        let sent: Set<Copy> = Set(inputs.map { Copy(key: $0.key, value: $0.value, headers: $0.headers) })
        let received: Set<Copy> = Set(outputs.map { Copy(key: $0.key, value: $0.value, headers: $0.headers) })
        // Counted, so a failure says how many rather than printing thousands of messages.
        #expect(sent.subtracting(received).count == 0, "inputs with no faithful copy on the output")
        #expect(received.subtracting(sent).count == 0, "outputs that copy no input as it was")
        // One partition's outputs arrive in order; a key's inputs share a partition, so they must stay in order.
        let keyed = outputs.filter { $0.key != nil }
        for (_, copies) in Dictionary(grouping: keyed, by: { $0.key }) {
            let numbers = copies.map { Self.number(in: $0.value) }
            #expect(numbers == numbers.sorted())
        }

        let probe = try KafkaConsumer(configuration: test.kafka, options: ConsumerOptions(groupID: "crelay"), logger: test.logger)
        defer { probe.close() }
        let committed = try probe.committed((0..<4).map { TopicPartition(topic: "in", partition: $0) })
        #expect(committed.values.reduce(0, +) == Int64(Self.count), "after a graceful stop the group has committed every input")
        var written: Int64 = 0
        for partition in 0..<Int32(3) { written += try probe.watermarks(of: TopicPartition(topic: "out", partition: partition)).high }
        #expect(written == Int64(Self.count), "nothing was written twice")
    }
}
