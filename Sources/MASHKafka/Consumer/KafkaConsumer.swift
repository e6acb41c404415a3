import CRdKafka
#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Logging
import Synchronization

/// A member of a consumer group that reads in batches and commits only when told to.
///
/// The blocking calls are for a caller on its own thread (the stage runner); the async ones run them
/// on the consumer's own dispatch queue, never on Swift's cooperative pool.
public final class KafkaConsumer: @unchecked Sendable {
    let client: KafkaClient
    let options: ConsumerOptions
    private let queue = DispatchQueue(label: "mash.consumer")
    private let closed = Atomic<Bool>(false)
    /// The queue every assigned partition's messages come to, read a batch at a time.
    private let messages: OpaquePointer

    /// With a `rebalance` listener, it hears of partitions being revoked while they are still this copy's.
    public init(configuration: KafkaConfiguration, options: ConsumerOptions, rebalance: RebalanceListener? = nil, logger: Logger) throws(KafkaError) {
        let properties = configuration.librdkafkaProperties(adding: options.librdkafkaProperties, for: .consumer)
        client = try KafkaClient(role: .consumer, properties: properties, logger: logger, rebalance: rebalance) { conf in
            if rebalance != nil { rd_kafka_conf_set_rebalance_cb(conf, rebalanceCallback) }
        }
        self.options = options
        // Group events and messages then arrive on one queue, served by our polls.
        rd_kafka_poll_set_consumer(client.handle)
        messages = rd_kafka_queue_get_consumer(client.handle)
    }

    deinit {
        close()
        rd_kafka_queue_destroy(messages)
    }

    /// Fails fast, with a clear error, when no broker answers.
    public func checkConnection(timeout: Duration = .seconds(10)) throws(KafkaError) {
        try client.checkConnection(timeout: timeout)
    }

    /// Joins the group for these topics; partitions are assigned by the group.
    public func subscribe(_ topics: [String]) throws(KafkaError) {
        let list = TopicPartitionList(capacity: topics.count)
        for topic in topics { list.add(TopicPartition(topic: topic, partition: RD_KAFKA_PARTITION_UA), offset: 0) }
        try check(rd_kafka_subscribe(client.handle, list.pointer), "subscribe to \(topics.joined(separator: ","))")
    }

    /// Waits up to `idleTimeout` for a first message, then takes what else has arrived, up to `maxMessages`;
    /// with a `maxWait` above zero it keeps the batch open that long for more.
    ///
    /// `borrowing` leaves keys and values in librdkafka's buffers instead of copying them into arrays
    /// (`KafkaBytes`): for a caller that lets go of its messages soon (a stage runner, once their outputs are
    /// delivered), since a kept message keeps the fetch buffer it came in alive.
    public func pollBatch(maxMessages: Int, maxWait: Duration, idleTimeout: Duration, borrowing: Bool = false) throws(KafkaError) -> [ConsumedMessage] {
        var batch: [ConsumedMessage] = []
        guard let first = try pollOne(timeout: idleTimeout, borrowing: borrowing) else { return batch }
        batch.reserveCapacity(min(maxMessages, 1024))
        batch.append(first)
        let deadline = ContinuousClock.now + maxWait
        while batch.count < maxMessages {
            let before = batch.count
            try takeReady(into: &batch, upTo: maxMessages, borrowing: borrowing)
            guard batch.count == before else { continue }
            // Nothing more has arrived: close the batch, or wait out its window for one more message.
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero, let next = try pollOne(timeout: remaining, borrowing: borrowing) else { break }
            batch.append(next)
        }
        return batch
    }

    /// Appends the messages already waiting on the consumer's queue, in one call to librdkafka, without waiting.
    private func takeReady(into batch: inout [ConsumedMessage], upTo maxMessages: Int, borrowing: Bool) throws(KafkaError) {
        let room = min(maxMessages - batch.count, 256)
        guard room > 0 else { return }
        var received = [UnsafeMutablePointer<rd_kafka_message_t>?](repeating: nil, count: room)
        let count = received.withUnsafeMutableBufferPointer { buffer in
            rd_kafka_consume_batch_queue(messages, 0, buffer.baseAddress, room)
        }
        guard count > 0 else { return }
        var taken: [UnsafeMutablePointer<rd_kafka_message_t>] = []
        taken.reserveCapacity(count)
        var errors: [rd_kafka_resp_err_t] = []
        for message in received.prefix(count) {
            guard let message else { continue }
            if message.pointee.err == RD_KAFKA_RESP_ERR_NO_ERROR {
                taken.append(message)
            } else {
                errors.append(message.pointee.err)
                rd_kafka_message_destroy(message)
            }
        }
        // One owner for the call's messages, destroyed together once the last of them is let go.
        let owner = borrowing && !taken.isEmpty ? BorrowedMessages(taken, client: client) : nil
        for message in taken {
            batch.append(ConsumedMessage(message, topicLike: batch.last?.topic, borrowedBy: owner))
            if owner == nil { rd_kafka_message_destroy(message) }
        }
        for error in errors { try noteError(error) }
    }

    /// `pollBatch` on the consumer's own queue.
    public func nextBatch(
        maxMessages: Int = 500,
        maxWait: Duration = .milliseconds(10),
        idleTimeout: Duration = .milliseconds(200)
    ) async throws -> [ConsumedMessage] {
        try await onQueue { consumer throws(KafkaError) in
            try consumer.pollBatch(maxMessages: maxMessages, maxWait: maxWait, idleTimeout: idleTimeout)
        }
    }

    /// One message, or nil when none came within the timeout. Broker-side errors are logged and skipped;
    /// a fatal client error throws.
    private func pollOne(timeout: Duration, borrowing: Bool) throws(KafkaError) -> ConsumedMessage? {
        var wait = timeout
        while true {
            guard !closed.load(ordering: .acquiring) else {
                throw KafkaError(operation: "poll", message: "consumer is closed")
            }
            guard let message = rd_kafka_consumer_poll(client.handle, Int32(max(0, wait.milliseconds))) else {
                return nil
            }
            let code = message.pointee.err
            if code == RD_KAFKA_RESP_ERR_NO_ERROR {
                guard borrowing else {
                    defer { rd_kafka_message_destroy(message) }
                    return ConsumedMessage(message)
                }
                return ConsumedMessage(message, borrowedBy: BorrowedMessages([message], client: client))
            }
            rd_kafka_message_destroy(message)
            try noteError(code)
            // An error event is not a message: look again, without waiting longer than asked.
            wait = .zero
        }
    }

    /// An error event in place of a message: fatal ones throw, others are logged and passed over.
    private func noteError(_ code: rd_kafka_resp_err_t) throws(KafkaError) {
        if let fatal = client.fatalError { throw fatal }
        guard code != RD_KAFKA_RESP_ERR__PARTITION_EOF else { return }
        client.logger.warning(
            "kafka.consume.error",
            metadata: [
                "kafka.error.code": .string(String(cString: rd_kafka_err2name(code))),
                "kafka.error.reason": .string(String(cString: rd_kafka_err2str(code))),
            ]
        )
    }

    /// Commits the next offset to read for each partition: synchronously, unless `waiting` is false, when the
    /// commit is sent and not awaited (a member's commits reach the group in order, and a lost one is covered
    /// by the next, or by the replay when the partition has moved on).
    public func commit(_ offsets: [TopicPartition: Int64], waiting: Bool = true) throws(KafkaError) {
        guard !offsets.isEmpty else { return }
        let list = TopicPartitionList(offsets)
        try check(rd_kafka_commit(client.handle, list.pointer, waiting ? 0 : 1), "commit")
        guard waiting else { return }
        for entry in list.entries where entry.error != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw KafkaError(operation: "commit \(entry.partition)", code: entry.error)
        }
    }

    /// The group's committed offsets for these partitions; partitions with none are left out.
    public func committed(_ partitions: [TopicPartition], timeout: Duration = .seconds(10)) throws(KafkaError) -> [TopicPartition: Int64] {
        let list = TopicPartitionList(partitions)
        try check(rd_kafka_committed(client.handle, list.pointer, Int32(timeout.milliseconds)), "fetch committed offsets")
        var result: [TopicPartition: Int64] = [:]
        for entry in list.entries where entry.offset >= 0 { result[entry.partition] = entry.offset }
        return result
    }

    /// Moves the read position of assigned partitions.
    public func seek(_ offsets: [TopicPartition: Int64], timeout: Duration = .seconds(10)) throws(KafkaError) {
        guard !offsets.isEmpty else { return }
        let list = TopicPartitionList(offsets)
        try check(rd_kafka_seek_partitions(client.handle, list.pointer, Int32(timeout.milliseconds)), "seek")
        for entry in list.entries where entry.error != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw KafkaError(operation: "seek \(entry.partition)", code: entry.error)
        }
    }

    /// The partitions the group has given this member.
    public func assignment() throws(KafkaError) -> [TopicPartition] {
        var list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?
        try check(rd_kafka_assignment(client.handle, &list), "assignment")
        guard let list else { return [] }
        defer { rd_kafka_topic_partition_list_destroy(list) }
        return (0..<Int(list.pointee.cnt)).map { index in
            TopicPartition(topic: String(cString: list.pointee.elems[index].topic), partition: list.pointee.elems[index].partition)
        }
    }

    /// Leaves the group so its partitions move to the other members at once. Safe to call twice.
    public func close() {
        guard !closed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let code = rd_kafka_consumer_close(client.handle)
        if code != RD_KAFKA_RESP_ERR_NO_ERROR {
            client.logger.warning("kafka.consumer.close.failed", metadata: ["kafka.error.reason": .string(String(cString: rd_kafka_err2str(code)))])
        }
    }

    private func onQueue<R: Sendable>(_ body: @escaping @Sendable (KafkaConsumer) throws(KafkaError) -> R) async throws -> R {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { [self] in
                do throws(KafkaError) {
                    continuation.resume(returning: try body(self))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}

extension ConsumedMessage {
    /// A librdkafka message, its key and value copied, or borrowed from it when `owner` (which holds it) is
    /// given. `topicLike` is a topic name the message's may well be (the one before it in a batch): when it
    /// is, that string is shared rather than made again for every message.
    init(_ message: UnsafeMutablePointer<rd_kafka_message_t>, topicLike: String? = nil, borrowedBy owner: BorrowedMessages? = nil) {
        let m = message.pointee
        let name = rd_kafka_topic_name(m.rkt)!
        let topic = topicLike.flatMap { $0.isSame(asCString: name) ? $0 : nil } ?? String(cString: name)
        func bytes(_ start: UnsafeMutableRawPointer, count: Int) -> KafkaBytes {
            let bytes = UnsafeRawBufferPointer(start: start, count: count)
            return owner.map { KafkaBytes(borrowing: bytes, from: $0) } ?? KafkaBytes(Array(bytes))
        }
        let value = m.payload.map { bytes($0, count: m.len) } ?? KafkaBytes([])
        let key = m.key.map { bytes($0, count: m.key_len) }
        var headers: [KafkaHeader] = []
        var list: OpaquePointer?
        if rd_kafka_message_headers(message, &list) == RD_KAFKA_RESP_ERR_NO_ERROR, let list {
            var index = 0
            var name: UnsafePointer<CChar>?
            var valuePointer: UnsafeRawPointer?
            var size = 0
            while rd_kafka_header_get_all(list, index, &name, &valuePointer, &size) == RD_KAFKA_RESP_ERR_NO_ERROR {
                let bytes = valuePointer.map { Array(UnsafeRawBufferPointer(start: $0, count: size)) } ?? []
                headers.append(KafkaHeader(name: name.map(headerName) ?? "", value: bytes))
                index += 1
            }
        }
        var timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
        let timestamp = rd_kafka_message_timestamp(message, &timestampType)
        self.init(
            topic: topic, partition: m.partition, offset: m.offset, keyBytes: key, valueBytes: value, headers: headers,
            timestampMilliseconds: timestampType == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE ? nil : timestamp
        )
    }
}

extension String {
    /// Whether this is the text of a NUL-terminated C string.
    fileprivate func isSame(asCString name: UnsafePointer<CChar>) -> Bool {
        let length = strlen(name)
        return utf8.count == length && utf8.elementsEqual(UnsafeRawBufferPointer(start: name, count: length))
    }
}

/// A header's name; the two every hub message carries are shared strings, not made again for each message.
private func headerName(_ name: UnsafePointer<CChar>) -> String {
    let bytes = UnsafeRawBufferPointer(start: name, count: strlen(name))
    if bytes.elementsEqual(IdempotencyKey.header.utf8) { return IdempotencyKey.header }
    if bytes.elementsEqual(TraceContext.header.utf8) { return TraceContext.header }
    return String(decoding: bytes, as: UTF8.self)
}

// Reading partitions directly, outside any group's assignment: for local copies of keyed topics.
extension KafkaConsumer {
    /// Reads exactly these partitions from these offsets; the group plays no part.
    public func assign(_ offsets: [TopicPartition: Int64]) throws(KafkaError) {
        let list = TopicPartitionList(offsets)
        try check(rd_kafka_assign(client.handle, list.pointer), "assign")
    }

    /// How many partitions the topic has, from the cluster's metadata.
    public func partitionCount(of topic: String, timeout: Duration = .seconds(10)) throws(KafkaError) -> Int {
        guard let count = try client.topicPartitionCounts(timeout: timeout)[topic] else {
            throw KafkaError(operation: "metadata", message: "topic \(topic) does not exist")
        }
        return count
    }

    /// The first offset still held and the offset after the last message of a partition.
    public func watermarks(of partition: TopicPartition, timeout: Duration = .seconds(10)) throws(KafkaError) -> (low: Int64, high: Int64) {
        var low: Int64 = 0
        var high: Int64 = 0
        try check(
            rd_kafka_query_watermark_offsets(client.handle, partition.topic, partition.partition, &low, &high, Int32(timeout.milliseconds)),
            "watermarks of \(partition)"
        )
        return (low, high)
    }

    /// The offset after a partition's last message as this consumer last heard it from its fetches, without
    /// asking the broker; nil before the first fetch answered.
    public func cachedHighWatermark(of partition: TopicPartition) -> Int64? {
        var low: Int64 = -1
        var high: Int64 = -1
        let code = rd_kafka_get_watermark_offsets(client.handle, partition.topic, partition.partition, &low, &high)
        return code == RD_KAFKA_RESP_ERR_NO_ERROR && high >= 0 ? high : nil
    }
}
