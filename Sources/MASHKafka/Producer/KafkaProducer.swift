import CRdKafka
import Dispatch
import Foundation
import Logging
import Synchronization

/// Produces messages and lets callers await their delivery reports a batch at a time.
///
/// By default a dedicated thread serves librdkafka's callbacks, so no await ever blocks Swift's cooperative
/// pool. A producer whose caller serves its reports (`reportsServedByCaller`, the stage runner's) has no such
/// thread: its caller produces under sequence numbers and collects the reports with `serveReports`.
public final class KafkaProducer: @unchecked Sendable {
    let client: KafkaClient
    let options: ProducerOptions
    private let poller: PollThread?
    let reports: DeliveryReportLog?
    /// Topic handles by name, for the caller-served path: looked up once, not on every message.
    var topics: [String: OpaquePointer] = [:]

    public init(
        configuration: KafkaConfiguration,
        options: ProducerOptions = ProducerOptions(),
        reportsServedByCaller: Bool = false,
        logger: Logger
    ) throws(KafkaError) {
        let properties = configuration.librdkafkaProperties(adding: options.librdkafkaProperties, for: .producer)
        let reports = reportsServedByCaller ? DeliveryReportLog() : nil
        client = try KafkaClient(role: .producer, properties: properties, logger: logger, deliveryReports: reports) { conf in
            rd_kafka_conf_set_dr_msg_cb(conf, deliveryReportCallback)
        }
        self.options = options
        self.reports = reports
        poller = reportsServedByCaller ? nil : PollThread(name: "mash.producer.poll") { [client] in _ = rd_kafka_poll(client.handle, 50) }
    }

    deinit {
        poller?.stop()
        for topic in topics.values { rd_kafka_topic_destroy(topic) }
    }

    /// Fails fast, with a clear error, when no broker answers.
    public func checkConnection(timeout: Duration = .seconds(10)) throws(KafkaError) {
        try client.checkConnection(timeout: timeout)
    }

    /// Connects and loads every topic's metadata, failing fast when no broker answers. Without it the first
    /// send to each topic waits for that topic's metadata, which took about a second on the embedded broker
    /// and showed as seconds of latency at the start of every run.
    public func prepare(timeout: Duration = .seconds(10)) throws(KafkaError) {
        try client.checkConnection(timeout: timeout, allTopics: true)
    }

    /// Produces every record and returns when all are acknowledged; throws `DeliveryFailure` if any was not.
    public func send(_ records: [ProducerRecord]) async throws {
        let failures: [DeliveryFailure.Entry] = await withCheckedContinuation { continuation in
            enqueue(records) { continuation.resume(returning: $0) }
        }
        if !failures.isEmpty { throw DeliveryFailure(failures: failures, batchSize: records.count) }
    }

    /// The blocking form of `send`, for code already on its own thread.
    public func sendAndWait(_ records: [ProducerRecord]) throws {
        let failures = deliver(records)
        if !failures.isEmpty { throw DeliveryFailure(failures: failures, batchSize: records.count) }
    }

    /// Produces every record, waits for every delivery report, and returns the failures (empty when all arrived).
    func deliver(_ records: [ProducerRecord]) -> [DeliveryFailure.Entry] {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<[DeliveryFailure.Entry]>([])
        enqueue(records) { failures in
            result.withLock { $0 = failures }
            done.signal()
        }
        done.wait()
        return result.withLock { $0 }
    }

    /// Hands every record to librdkafka; `completion` runs once each has a delivery report or a local failure.
    func enqueue(_ records: [ProducerRecord], completion: @escaping @Sendable ([DeliveryFailure.Entry]) -> Void) {
        let batch = DeliveryBatch(count: records.count, completion: completion)
        for (index, record) in records.enumerated() {
            if let failure = produce(record, ticket: DeliveryTicket(batch: batch, index: index)) {
                batch.record(index: index, error: failure)
            }
        }
    }

    /// Returns the local failure when librdkafka refused the message outright (too large, unknown topic...).
    private func produce(_ record: ProducerRecord, ticket: DeliveryTicket) -> KafkaError? {
        let opaque = Unmanaged.passRetained(ticket).toOpaque()
        // By topic name: this path may be taken from several threads, and the cached handles are the
        // caller-served path's alone.
        let code = handOver(record, stamp: nil, opaque: opaque, topic: nil)
        if code == RD_KAFKA_RESP_ERR_NO_ERROR { return nil }
        Unmanaged<DeliveryTicket>.fromOpaque(opaque).release()
        return KafkaError(operation: "produce to \(record.topic)", code: code)
    }

    /// Hands the record, with its stamp's headers after its own, to librdkafka (which copies what it
    /// needs), waiting for room while its local queue is full; returns librdkafka's answer. The topic goes
    /// by its handle when one is given, else by name.
    func handOver(_ record: ProducerRecord, stamp: OutputStamp?, opaque: UnsafeMutableRawPointer?, topic: OpaquePointer?) -> rd_kafka_resp_err_t {
        while true {
            let headers = rd_kafka_headers_new(record.headers.count + (stamp == nil ? 0 : 2))!
            for header in record.headers { add(header, to: headers) }
            stamp?.withHeaderValues { key, traceparent in
                addHeader(named: IdempotencyKey.header, value: key, to: headers)
                addHeader(named: TraceContext.header, value: traceparent, to: headers)
            }
            let partition = record.partition ?? RD_KAFKA_PARTITION_UA
            let code = record.valueBytes.withUnsafeBytes { value in
                withOptionalBytes(record.keyBytes) { key in
                    if let topic {
                        mash_produce_rkt(client.handle, topic, partition, key.baseAddress, key.count, value.baseAddress, value.count, headers, opaque)
                    } else {
                        mash_produce(client.handle, record.topic, partition, key.baseAddress, key.count, value.baseAddress, value.count, headers, opaque)
                    }
                }
            }
            // librdkafka owns the headers once it has taken the message.
            if code == RD_KAFKA_RESP_ERR_NO_ERROR { return code }
            rd_kafka_headers_destroy(headers)
            guard code == RD_KAFKA_RESP_ERR__QUEUE_FULL else { return code }
            // The local queue drains as deliveries complete, reported on the poll thread or to our caller.
            waitForRoom()
        }
    }

    /// Gives librdkafka's local queue a moment to drain; a caller-served producer serves its reports meanwhile
    /// (they are kept for `serveReports`).
    func waitForRoom() {
        if reports != nil {
            _ = rd_kafka_poll(client.handle, 1)
        } else {
            usleep(1_000)
        }
    }

    /// Waits until every queued message has a delivery report, or the timeout passes.
    public func flush(timeout: Duration = .seconds(30)) throws(KafkaError) {
        try check(rd_kafka_flush(client.handle, Int32(timeout.milliseconds)), "flush")
    }
}

private let deliveryReportCallback:
    @convention(c) (OpaquePointer?, UnsafePointer<rd_kafka_message_t>?, UnsafeMutableRawPointer?) -> Void = {
        handle, message, _ in
        guard let message, let opaque = message.pointee._private else { return }
        if let sequence = DeliveryReportLog.sequence(of: opaque) {
            ClientCallbacks.from(handle)?.deliveryReports?.append(sequence: sequence, code: message.pointee.err, topic: message.pointee.rkt)
            return
        }
        let ticket = Unmanaged<DeliveryTicket>.fromOpaque(opaque).takeRetainedValue()
        let code = message.pointee.err
        if code == RD_KAFKA_RESP_ERR_NO_ERROR {
            ticket.batch.record(index: ticket.index, error: nil)
        } else {
            let topic = message.pointee.rkt.map { String(cString: rd_kafka_topic_name($0)) } ?? "?"
            ticket.batch.record(index: ticket.index, error: KafkaError(operation: "deliver to \(topic)", code: code))
        }
    }
