import CRdKafka

/// The delivery report of one message produced under a sequence number.
public struct DeliveryReport: Sendable {
    /// The number the message was produced under.
    public let sequence: UInt64
    /// Why it was not delivered; nil when it was.
    public let error: KafkaError?
}

/// Delivery reports of messages produced under sequence numbers, collected as librdkafka reports them.
///
/// Only for a producer whose caller serves its reports (`KafkaProducer.serveReports`): librdkafka then runs
/// the report callback on the caller's own thread, inside its poll or flush, so the log needs no lock and a
/// report costs no object.
final class DeliveryReportLog: @unchecked Sendable {
    private var reports: [DeliveryReport] = []

    /// Called from the report callback, on the thread serving the producer.
    func append(sequence: UInt64, code: rd_kafka_resp_err_t, topic: OpaquePointer?) {
        // The topic's name is read only for a failure: most reports are successes.
        let error = code == RD_KAFKA_RESP_ERR_NO_ERROR
            ? nil : KafkaError(operation: "deliver to \(topic.map { String(cString: rd_kafka_topic_name($0)) } ?? "?")", code: code)
        reports.append(DeliveryReport(sequence: sequence, error: error))
    }

    /// The reports collected since the last call, in the order they came.
    func take() -> [DeliveryReport] {
        defer { reports.removeAll(keepingCapacity: true) }
        return reports
    }

    /// A message's opaque pointer standing for its sequence number: odd, so it is never taken for a pointer to
    /// a `DeliveryTicket` (objects are aligned).
    static func opaque(for sequence: UInt64) -> UnsafeMutableRawPointer? {
        UnsafeMutableRawPointer(bitPattern: UInt(sequence << 1 | 1))
    }

    /// The sequence number an opaque pointer stands for, or nil when it points to a ticket.
    static func sequence(of opaque: UnsafeMutableRawPointer) -> UInt64? {
        let bits = UInt(bitPattern: opaque)
        return bits & 1 == 1 ? UInt64(bits >> 1) : nil
    }
}
