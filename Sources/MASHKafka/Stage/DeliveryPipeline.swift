/// What the runner needs to remember of one output once it is handed to librdkafka.
struct OutputMark {
    /// Its input's place in the batch.
    let input: Int
    let topic: String
    let isDeadLetter: Bool
    let isMinimal: Bool
    /// Why its input is dead-lettered (`rejected` or `undeliverable`), for the metrics; nil otherwise.
    let deadLetterReason: String?

    init(_ output: PlannedOutput) {
        input = output.input
        topic = output.record.topic
        isDeadLetter = output.isDeadLetter
        isMinimal = output.isMinimal
        deadLetterReason = output.deadLetterReason
    }
}

/// A batch whose outputs are on their way to the broker.
struct InFlightBatch {
    let messages: [ConsumedMessage]
    let outputs: [OutputMark]
    /// The sequence number of its first output; the others follow on.
    let firstSequence: UInt64
    /// Outputs still without a delivery report.
    var outstanding: Int
    /// Outputs that were not delivered: their place among the batch's outputs, and why.
    var failures: [(output: Int, error: KafkaError)] = []
    /// Bytes of its inputs and outputs, held until it completes.
    let bytes: Int
    let started: ContinuousClock.Instant
    /// The next offset to read on each partition once the batch is done.
    let nextOffsets: [TopicPartition: Int64]
    /// The first offset of each partition in the batch: where to read again from.
    let firstOffsets: [TopicPartition: Int64]

    init(messages: [ConsumedMessage], outputs: [OutputMark], firstSequence: UInt64, bytes: Int, started: ContinuousClock.Instant) {
        self.messages = messages
        self.outputs = outputs
        self.firstSequence = firstSequence
        outstanding = outputs.count
        self.bytes = bytes
        self.started = started
        // Messages come in runs from one partition, in offset order: one dictionary entry per run.
        var next: [TopicPartition: Int64] = [:]
        var first: [TopicPartition: Int64] = [:]
        var start = messages.startIndex
        while start < messages.endIndex {
            let topic = messages[start].topic, partition = messages[start].partition
            var end = start + 1
            while end < messages.endIndex, messages[end].partition == partition, messages[end].topic == topic { end += 1 }
            let key = TopicPartition(topic: topic, partition: partition)
            var low = Int64.max, high = Int64.min
            for message in messages[start..<end] {
                low = Swift.min(low, message.offset)
                high = Swift.max(high, message.offset + 1)
            }
            next[key] = Swift.max(next[key] ?? high, high)
            first[key] = Swift.min(first[key] ?? low, low)
            start = end
        }
        nextOffsets = next
        firstOffsets = first
    }

    var isComplete: Bool { outstanding == 0 }

    func owns(_ sequence: UInt64) -> Bool {
        sequence >= firstSequence && sequence < firstSequence + UInt64(outputs.count)
    }
}

/// The batches a stage has in flight, oldest first: their outputs are produced in consume order, and a
/// batch's input offsets may be committed only once it and every batch before it are delivered.
struct DeliveryPipeline {
    /// Most batches in flight at once.
    let maximumBatches: Int
    /// Most bytes (inputs and outputs) in flight at once; one batch may go over it alone.
    let maximumBytes: Int
    private(set) var batches: [InFlightBatch] = []
    private(set) var bytesInFlight = 0
    private var nextSequence: UInt64 = 0

    init(maximumBatches: Int, maximumBytes: Int) {
        self.maximumBatches = max(1, maximumBatches)
        self.maximumBytes = maximumBytes
    }

    var isEmpty: Bool { batches.isEmpty }
    /// Whether another batch must wait until one completes.
    var isFull: Bool { batches.count >= maximumBatches || (!batches.isEmpty && bytesInFlight >= maximumBytes) }
    /// Whether some output still waits for its delivery report.
    var isWaiting: Bool { firstIndex { !batches[$0].isComplete } != nil }
    /// Whether the oldest batch is complete but lost outputs: the pipeline must stop and read again.
    var hasFailedFront: Bool { !batches.isEmpty && batches[0].isComplete && !batches[0].failures.isEmpty }

    /// Takes a batch in and returns the sequence number of its first output.
    mutating func admit(_ messages: [ConsumedMessage], outputs: [PlannedOutput], bytes: Int, started: ContinuousClock.Instant) -> UInt64 {
        let first = nextSequence
        nextSequence += UInt64(outputs.count)
        batches.append(InFlightBatch(messages: messages, outputs: outputs.map(OutputMark.init), firstSequence: first, bytes: bytes, started: started))
        bytesInFlight += bytes
        return first
    }

    /// Notes a delivery report (or a local refusal, which gets no report).
    mutating func record(sequence: UInt64, error: KafkaError?) {
        // Few batches are in flight, and reports mostly concern the oldest.
        guard let index = firstIndex(where: { batches[$0].owns(sequence) }) else { return }
        batches[index].outstanding -= 1
        if let error { batches[index].failures.append((Int(sequence - batches[index].firstSequence), error)) }
    }

    /// Removes and returns the complete, fully delivered batches at the front, oldest first.
    mutating func takeDelivered() -> [InFlightBatch] {
        let count = firstIndex { !batches[$0].isComplete || !batches[$0].failures.isEmpty } ?? batches.count
        let delivered = Array(batches.prefix(count))
        batches.removeFirst(count)
        bytesInFlight -= delivered.reduce(0) { $0 + $1.bytes }
        return delivered
    }

    /// The index of the first batch for which `matches` holds, given its index: the batches are read in
    /// place, where `Array.firstIndex(where:)` would copy each into its closure (a batch's copy retains its
    /// arrays and dictionaries, and this runs for every delivery report).
    private func firstIndex(where matches: (Int) -> Bool) -> Int? {
        var index = batches.startIndex
        while index < batches.endIndex {
            if matches(index) { return index }
            index += 1
        }
        return nil
    }

    /// Removes and returns every batch, for reading them again.
    mutating func takeAll() -> [InFlightBatch] {
        defer {
            batches.removeAll()
            bytesInFlight = 0
        }
        return batches
    }
}

extension [InFlightBatch] {
    /// The next offsets to read once all these batches are done, merged per partition.
    var nextOffsets: [TopicPartition: Int64] {
        reduce(into: [:]) { offsets, batch in offsets.merge(batch.nextOffsets, uniquingKeysWith: { Swift.max($0, $1) }) }
    }

    /// Where to read all these batches again from: each partition's first offset among them.
    var firstOffsets: [TopicPartition: Int64] {
        reduce(into: [:]) { offsets, batch in offsets.merge(batch.firstOffsets, uniquingKeysWith: { Swift.min($0, $1) }) }
    }
}
