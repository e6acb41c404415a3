import CRdKafka

// The stage runner's path: messages produced under sequence numbers, their reports served on the caller's
// thread. Only for a producer made with `reportsServedByCaller`, and only from one thread.
extension KafkaProducer {
    /// Hands the record to librdkafka under `sequence`, with its stamp's headers after its own; its report
    /// comes from a later `serveReports`. Returns the local failure when librdkafka refused it outright (too
    /// large, unknown topic...): then no report comes.
    func produce(_ record: ProducerRecord, stamp: OutputStamp? = nil, sequence: UInt64) -> KafkaError? {
        precondition(reports != nil, "produce(_:sequence:) needs a producer whose caller serves its reports")
        let code = handOver(record, stamp: stamp, opaque: DeliveryReportLog.opaque(for: sequence), topic: topicHandle(record.topic))
        return code == RD_KAFKA_RESP_ERR_NO_ERROR ? nil : KafkaError(operation: "produce to \(record.topic)", code: code)
    }

    /// Serves librdkafka's callbacks for up to `timeout` (zero: only what is already there) and returns the
    /// delivery reports that came, in order.
    func serveReports(timeout: Duration = .zero) -> [DeliveryReport] {
        _ = rd_kafka_poll(client.handle, Int32(max(0, timeout.milliseconds)))
        return reports?.take() ?? []
    }

    /// The cached handle of a topic, made on first use.
    private func topicHandle(_ name: String) -> OpaquePointer {
        if let topic = topics[name] { return topic }
        let topic = rd_kafka_topic_new(client.handle, name, nil)!
        topics[name] = topic
        return topic
    }
}

/// Adds a header to a librdkafka header list, which copies it.
func add(_ header: KafkaHeader, to headers: OpaquePointer) {
    header.value.withUnsafeBytes { value in addHeader(named: header.name, value: value, to: headers) }
}

/// Adds a header, its name passed with its length: handing librdkafka the string as a C string would copy
/// it into a new NUL-terminated array first (an allocation per header, and hub messages carry two).
func addHeader(named name: String, value: UnsafeRawBufferPointer, to headers: OpaquePointer) {
    let added: Void? = name.utf8.withContiguousStorageIfAvailable { name in
        _ = rd_kafka_header_add(headers, UnsafeRawPointer(name.baseAddress)?.assumingMemoryBound(to: CChar.self), name.count, value.baseAddress, value.count)
    }
    if added == nil { _ = rd_kafka_header_add(headers, name, -1, value.baseAddress, value.count) }
}

func withOptionalBytes<R>(_ bytes: KafkaBytes?, _ body: (UnsafeRawBufferPointer) -> R) -> R {
    guard let bytes else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
    return bytes.withUnsafeBytes(body)
}
