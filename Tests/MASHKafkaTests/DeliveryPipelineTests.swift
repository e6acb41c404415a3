import Testing

@testable import MASHKafka

@Suite("Delivery pipeline bookkeeping")
struct DeliveryPipelineTests {
    static func batch(_ partition: Int32, offsets: ClosedRange<Int64>) -> [ConsumedMessage] {
        offsets.map { ConsumedMessage(topic: "in", partition: partition, offset: $0, key: nil, value: [1, 2, 3]) }
    }

    static func outputs(for messages: [ConsumedMessage]) -> [PlannedOutput] {
        messages.indices.map { PlannedOutput(input: $0, record: ProducerRecord(topic: "out", key: nil, value: [9]), isDeadLetter: false) }
    }

    func admit(_ pipeline: inout DeliveryPipeline, _ messages: [ConsumedMessage]) -> UInt64 {
        pipeline.admit(messages, outputs: Self.outputs(for: messages), bytes: 10, started: .now)
    }

    @Test("only the prefix of batches whose every output is acknowledged is taken, whatever order reports come in")
    func deliveredPrefix() {
        var pipeline = DeliveryPipeline(maximumBatches: 8, maximumBytes: 1 << 20)
        let first = admit(&pipeline, Self.batch(0, offsets: 0...2))
        let second = admit(&pipeline, Self.batch(1, offsets: 5...6))
        #expect(second == first + 3)
        pipeline.record(sequence: second, error: nil)
        pipeline.record(sequence: second + 1, error: nil)
        #expect(pipeline.takeDelivered().isEmpty, "the second batch is done but the first is not")
        for sequence in first..<(first + 3) { pipeline.record(sequence: sequence, error: nil) }
        let delivered = pipeline.takeDelivered()
        #expect(delivered.count == 2)
        #expect(delivered.nextOffsets == [TopicPartition(topic: "in", partition: 0): 3, TopicPartition(topic: "in", partition: 1): 7])
        #expect(pipeline.isEmpty)
        #expect(pipeline.bytesInFlight == 0)
    }

    @Test("a failed output stops the prefix at its batch, and reading again starts from that batch's first offsets")
    func failureStopsThePrefix() {
        var pipeline = DeliveryPipeline(maximumBatches: 8, maximumBytes: 1 << 20)
        let first = admit(&pipeline, Self.batch(0, offsets: 0...1))
        let second = admit(&pipeline, Self.batch(0, offsets: 2...3))
        let third = admit(&pipeline, Self.batch(1, offsets: 0...0))
        pipeline.record(sequence: first, error: nil)
        pipeline.record(sequence: first + 1, error: nil)
        pipeline.record(sequence: second, error: KafkaError(operation: "deliver to out", message: "refused"))
        pipeline.record(sequence: second + 1, error: nil)
        pipeline.record(sequence: third, error: nil)
        #expect(pipeline.takeDelivered().count == 1)
        #expect(pipeline.hasFailedFront)
        #expect(!pipeline.isWaiting)
        let again = pipeline.takeAll()
        #expect(again.firstOffsets == [TopicPartition(topic: "in", partition: 0): 2, TopicPartition(topic: "in", partition: 1): 0])
        #expect(again[0].failures.map(\.output) == [0])
    }

    @Test("the pipeline is full at its batch limit, or at its byte limit once it holds a batch; a late report is ignored")
    func limits() {
        var pipeline = DeliveryPipeline(maximumBatches: 2, maximumBytes: 15)
        #expect(!pipeline.isFull)
        _ = admit(&pipeline, Self.batch(0, offsets: 0...0))
        #expect(!pipeline.isFull)
        _ = admit(&pipeline, Self.batch(0, offsets: 1...1))
        #expect(pipeline.isFull)
        _ = pipeline.takeAll()
        pipeline.record(sequence: 0, error: nil)
        #expect(pipeline.isEmpty)
        let bytes = DeliveryPipeline(maximumBatches: 8, maximumBytes: 5)
        var one = bytes
        _ = admit(&one, Self.batch(0, offsets: 0...0))
        #expect(one.isFull, "10 bytes in flight is over a 5-byte limit")
    }
}
