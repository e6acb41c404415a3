import CRdKafka

/// A failure reported by librdkafka, with what we were doing when it happened.
public struct KafkaError: Error, CustomStringConvertible, Sendable {
    /// librdkafka's error code (`rd_kafka_resp_err_t`); negative codes are local to the client.
    public let code: Int32
    /// librdkafka's own text for the failure.
    public let message: String
    /// What MASHKafka was doing: `configure`, `produce`, `commit`, ...
    public let operation: String
    /// The client cannot continue and must be recreated.
    public let isFatal: Bool
    /// Trying the same call again may succeed.
    public let isRetriable: Bool
    /// The current transaction must be aborted before going on.
    public let requiresAbort: Bool

    public var description: String { "\(operation): \(message)" }

    init(
        operation: String,
        message: String,
        code: Int32 = RD_KAFKA_RESP_ERR__FAIL.rawValue,
        isFatal: Bool = false,
        isRetriable: Bool = false,
        requiresAbort: Bool = false
    ) {
        self.operation = operation
        self.message = message
        self.code = code
        self.isFatal = isFatal
        self.isRetriable = isRetriable
        self.requiresAbort = requiresAbort
    }

    init(operation: String, code: rd_kafka_resp_err_t) {
        self.init(operation: operation, message: String(cString: rd_kafka_err2str(code)), code: code.rawValue)
    }

    /// Takes ownership of `error` and destroys it.
    init(operation: String, consuming error: OpaquePointer) {
        self.init(
            operation: operation,
            message: String(cString: rd_kafka_error_string(error)),
            code: rd_kafka_error_code(error).rawValue,
            isFatal: rd_kafka_error_is_fatal(error) != 0,
            isRetriable: rd_kafka_error_is_retriable(error) != 0,
            requiresAbort: rd_kafka_error_txn_requires_abort(error) != 0
        )
        rd_kafka_error_destroy(error)
    }

    /// The librdkafka code as its enum.
    var responseError: rd_kafka_resp_err_t { rd_kafka_resp_err_t(rawValue: code) }
}

/// Throws when `code` is not `RD_KAFKA_RESP_ERR_NO_ERROR`.
func check(_ code: rd_kafka_resp_err_t, _ operation: String) throws(KafkaError) {
    guard code == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError(operation: operation, code: code) }
}

/// Throws when librdkafka returned an error object.
func check(_ error: OpaquePointer?, _ operation: String) throws(KafkaError) {
    if let error { throw KafkaError(operation: operation, consuming: error) }
}

extension KafkaError {
    /// The message itself can never be delivered (too large, malformed, forbidden), so retrying it is pointless.
    public var isPermanentDeliveryFailure: Bool {
        let permanent: Set<Int32> = [
            RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE.rawValue,
            RD_KAFKA_RESP_ERR_RECORD_LIST_TOO_LARGE.rawValue,
            RD_KAFKA_RESP_ERR_INVALID_MSG.rawValue,
            RD_KAFKA_RESP_ERR_INVALID_RECORD.rawValue,
            RD_KAFKA_RESP_ERR_INVALID_REQUIRED_ACKS.rawValue,
            RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED.rawValue,
            RD_KAFKA_RESP_ERR__INVALID_ARG.rawValue,
            RD_KAFKA_RESP_ERR__BAD_MSG.rawValue,
            RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC.rawValue,
        ]
        return permanent.contains(code)
    }
}
