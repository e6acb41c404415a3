import CRdKafka
import Logging
import Synchronization

/// Owns one librdkafka handle (`rd_kafka_t`) and routes its logs and errors to swift-log.
final class KafkaClient: @unchecked Sendable {
    enum Role { case producer, consumer }

    let handle: OpaquePointer
    let logger: Logger
    let role: Role
    /// The `security.protocol` the client was given, if any.
    private let securityProtocol: String?
    private let callbacks: ClientCallbacks

    /// Builds the handle; a bad property or value fails here with librdkafka's own text.
    init(
        role: Role,
        properties: [(String, String)],
        logger: Logger,
        deliveryReports: DeliveryReportLog? = nil,
        rebalance: RebalanceListener? = nil,
        configure: (OpaquePointer) -> Void = { _ in }
    ) throws(KafkaError) {
        let conf = try RdKafkaConf.make(properties)
        let callbacks = ClientCallbacks(logger: logger, deliveryReports: deliveryReports, rebalance: rebalance)
        rd_kafka_conf_set_opaque(conf, Unmanaged.passUnretained(callbacks).toOpaque())
        rd_kafka_conf_set_log_cb(conf, logCallback)
        rd_kafka_conf_set_error_cb(conf, errorCallback)
        configure(conf)

        var errstr = [CChar](repeating: 0, count: 512)
        let type = role == .producer ? RD_KAFKA_PRODUCER : RD_KAFKA_CONSUMER
        guard let handle = rd_kafka_new(type, conf, &errstr, errstr.count) else {
            rd_kafka_conf_destroy(conf)
            throw KafkaError(operation: "create client", message: String(errorBuffer: errstr))
        }
        self.handle = handle
        self.logger = logger
        self.role = role
        securityProtocol = properties.last { $0.0 == "security.protocol" }?.1
        self.callbacks = callbacks
    }

    deinit {
        rd_kafka_destroy(handle)
    }

    /// The first fatal error the client reported, if any.
    var fatalError: KafkaError? {
        var errstr = [CChar](repeating: 0, count: 512)
        let code = rd_kafka_fatal_error(handle, &errstr, errstr.count)
        guard code != RD_KAFKA_RESP_ERR_NO_ERROR else { return nil }
        return KafkaError(operation: "client", message: String(errorBuffer: errstr), code: code.rawValue, isFatal: true)
    }

    /// Fetches cluster metadata to prove a broker answers; fails with a clear error instead of hanging.
    /// With `allTopics`, every topic's metadata lands in the client's cache too.
    /// A broker that refuses the client's TLS or credentials fails it at once, saying which, rather than
    /// after the whole timeout.
    func checkConnection(timeout: Duration, allTopics: Bool = false) throws(KafkaError) {
        let deadline = ContinuousClock.now + timeout
        while true {
            var metadata: UnsafePointer<rd_kafka_metadata>?
            let wait = min(Duration.seconds(1), max(Duration.milliseconds(1), deadline - ContinuousClock.now))
            let code = rd_kafka_metadata(handle, allTopics ? 1 : 0, nil, &metadata, Int32(wait.milliseconds))
            if let metadata { rd_kafka_metadata_destroy(metadata) }
            if code == RD_KAFKA_RESP_ERR_NO_ERROR { return }
            // A consumer's errors reach the callback only when its queue is served (a producer's poll thread
            // serves its own); before it subscribes the queue holds no messages, only events.
            if role == .consumer, let event = rd_kafka_consumer_poll(handle, 0) { rd_kafka_message_destroy(event) }
            if let refusal = callbacks.securityRefusal {
                throw KafkaError(operation: "connect", message: refusal.message, code: refusal.code)
            }
            guard ContinuousClock.now < deadline else {
                let overTLS = securityProtocol.map { $0.uppercased().hasSuffix("SSL") ? " over TLS (security.protocol=\($0): does the listener speak TLS?)" : "" } ?? ""
                throw KafkaError(
                    operation: "connect",
                    message: "no broker answered within \(timeout)\(overTLS) (\(String(cString: rd_kafka_err2str(code))))",
                    code: code.rawValue
                )
            }
        }
    }

    /// Names and partition counts of the topics the cluster has.
    func topicPartitionCounts(timeout: Duration) throws(KafkaError) -> [String: Int] {
        var metadata: UnsafePointer<rd_kafka_metadata>?
        try check(rd_kafka_metadata(handle, 1, nil, &metadata, Int32(timeout.milliseconds)), "metadata")
        guard let metadata else { return [:] }
        defer { rd_kafka_metadata_destroy(metadata) }
        var result: [String: Int] = [:]
        for index in 0..<Int(metadata.pointee.topic_cnt) {
            let topic = metadata.pointee.topics[index]
            guard topic.err == RD_KAFKA_RESP_ERR_NO_ERROR else { continue }
            result[String(cString: topic.topic)] = Int(topic.partition_cnt)
        }
        return result
    }
}

/// What librdkafka's C callbacks reach through the handle's opaque pointer.
final class ClientCallbacks: Sendable {
    let logger: Logger
    /// Where a producer whose caller serves its reports collects them; nil for the others.
    let deliveryReports: DeliveryReportLog?
    /// Who hears of a consumer's partitions being revoked; nil for a consumer that leaves it to librdkafka.
    let rebalance: RebalanceListener?
    private let refusal = Mutex<(message: String, code: Int32)?>(nil)

    init(logger: Logger, deliveryReports: DeliveryReportLog?, rebalance: RebalanceListener?) {
        self.logger = logger
        self.deliveryReports = deliveryReports
        self.rebalance = rebalance
    }

    /// Why the broker refused the client's TLS handshake or credentials, once it has.
    var securityRefusal: (message: String, code: Int32)? { refusal.withLock { $0 } }

    /// Notes an error the client reported; a TLS or authentication failure becomes the refusal.
    func note(_ error: rd_kafka_resp_err_t, reason: String) {
        let what: String
        switch error {
        case RD_KAFKA_RESP_ERR__SSL:
            what = "the TLS handshake with the broker failed (check security.protocol, ssl.ca.location and the broker's listener)"
        case RD_KAFKA_RESP_ERR__AUTHENTICATION, RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED:
            what = "the broker refused the credentials (check sasl.mechanisms, sasl.username and sasl.password)"
        default:
            return
        }
        refusal.withLock { $0 = $0 ?? ("\(what): \(reason)", error.rawValue) }
    }

    static func from(_ handle: OpaquePointer?) -> ClientCallbacks? {
        guard let handle, let opaque = rd_kafka_opaque(handle) else { return nil }
        return Unmanaged<ClientCallbacks>.fromOpaque(opaque).takeUnretainedValue()
    }
}

private let logCallback: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Void = {
    handle, level, facility, message in
    guard let callbacks = ClientCallbacks.from(handle), let message else { return }
    let swiftLevel: Logger.Level =
        switch level {
        case ...3: .error
        case 4: .warning
        case 5, 6: .info
        default: .debug
        }
    callbacks.logger.log(
        level: swiftLevel,
        "librdkafka",
        metadata: [
            "kafka.facility": .string(facility.map { String(cString: $0) } ?? ""),
            "kafka.message": .string(String(cString: message)),
        ]
    )
}

private let errorCallback: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafeMutableRawPointer?) -> Void = {
    handle, code, reason, _ in
    guard let callbacks = ClientCallbacks.from(handle) else { return }
    let error = rd_kafka_resp_err_t(rawValue: code)
    callbacks.note(error, reason: reason.map { String(cString: $0) } ?? "")
    // Lost connections are routine and retried by librdkafka; only say so at debug.
    let level: Logger.Level = error == RD_KAFKA_RESP_ERR__TRANSPORT ? .debug : .warning
    callbacks.logger.log(
        level: level,
        "kafka.error",
        metadata: [
            "kafka.error.code": .string(String(cString: rd_kafka_err2name(error))),
            "kafka.error.reason": .string(reason.map { String(cString: $0) } ?? ""),
        ]
    )
}
