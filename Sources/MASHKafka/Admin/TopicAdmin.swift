import CRdKafka
import Logging

/// What applying a topic definition found or did.
public enum TopicApplyResult: Sendable, Equatable, CustomStringConvertible {
    case created(name: String, partitions: Int)
    case found(name: String, partitions: Int)
    case failed(name: String, reason: String)

    public var description: String {
        switch self {
        case .created(let name, let partitions): "created \(name) (\(partitions) partitions)"
        case .found(let name, let partitions): "found \(name) (\(partitions) partitions)"
        case .failed(let name, let reason): "failed \(name): \(reason)"
        }
    }
}

/// Creates missing topics on a real cluster; safe to run again and again.
public struct TopicAdmin: Sendable {
    public let kafka: KafkaConfiguration
    public let logger: Logger

    public init(kafka: KafkaConfiguration, logger: Logger) {
        self.kafka = kafka
        self.logger = logger
    }

    /// Creates every topic the cluster lacks; existing topics are reported, not changed.
    public func apply(_ topics: [TopicDefinition], replicationFactor: Int = -1, timeout: Duration = .seconds(30)) throws(KafkaError) -> [TopicApplyResult] {
        let client = try KafkaClient(role: .producer, properties: kafka.librdkafkaProperties(adding: [], for: .producer), logger: logger)
        try client.checkConnection(timeout: timeout)
        let existing = try client.topicPartitionCounts(timeout: timeout)
        var results: [String: TopicApplyResult] = [:]
        var missing: [TopicDefinition] = []
        for topic in topics {
            if let partitions = existing[topic.name] {
                results[topic.name] = .found(name: topic.name, partitions: partitions)
            } else {
                missing.append(topic)
            }
        }
        for result in try create(missing, replicationFactor: replicationFactor, client: client, timeout: timeout) {
            switch result {
            case .failed(let name, _): results[name] = result
            case .created(let name, _), .found(let name, _): results[name] = result
            }
        }
        return topics.compactMap { results[$0.name] }
    }

    private func create(_ topics: [TopicDefinition], replicationFactor: Int, client: KafkaClient, timeout: Duration) throws(KafkaError) -> [TopicApplyResult] {
        guard !topics.isEmpty else { return [] }
        var errstr = [CChar](repeating: 0, count: 512)
        var newTopics: [OpaquePointer?] = []
        defer { for topic in newTopics { rd_kafka_NewTopic_destroy(topic) } }
        for topic in topics {
            guard let newTopic = rd_kafka_NewTopic_new(topic.name, Int32(topic.partitions), Int32(replicationFactor), &errstr, errstr.count) else {
                throw KafkaError(operation: "define topic \(topic.name)", message: String(errorBuffer: errstr))
            }
            newTopics.append(newTopic)
            try check(rd_kafka_NewTopic_set_config(newTopic, "retention.ms", String(topic.retentionMs)), "configure \(topic.name)")
            if let policy = topic.cleanupPolicy {
                try check(rd_kafka_NewTopic_set_config(newTopic, "cleanup.policy", policy), "configure \(topic.name)")
            }
        }
        let queue = rd_kafka_queue_new(client.handle)
        defer { rd_kafka_queue_destroy(queue) }
        let options = rd_kafka_AdminOptions_new(client.handle, RD_KAFKA_ADMIN_OP_CREATETOPICS)
        defer { rd_kafka_AdminOptions_destroy(options) }
        _ = rd_kafka_AdminOptions_set_request_timeout(options, Int32(timeout.milliseconds), &errstr, errstr.count)
        newTopics.withUnsafeMutableBufferPointer { buffer in
            rd_kafka_CreateTopics(client.handle, buffer.baseAddress, buffer.count, options, queue)
        }
        guard let event = rd_kafka_queue_poll(queue, Int32(timeout.milliseconds) + 5000) else {
            throw KafkaError(operation: "create topics", message: "no answer within \(timeout)")
        }
        defer { rd_kafka_event_destroy(event) }
        let eventError = rd_kafka_event_error(event)
        guard eventError == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(operation: "create topics", message: String(cString: rd_kafka_event_error_string(event)), code: eventError.rawValue)
        }
        guard let result = rd_kafka_event_CreateTopics_result(event) else {
            throw KafkaError(operation: "create topics", message: "unexpected event from the cluster")
        }
        var count = 0
        guard let results = rd_kafka_CreateTopics_result_topics(result, &count) else { return [] }
        let partitionsByName = Dictionary(topics.map { ($0.name, $0.partitions) }, uniquingKeysWith: { first, _ in first })
        return (0..<count).map { index in
            let topicResult = results[index]
            let name = String(cString: rd_kafka_topic_result_name(topicResult))
            let code = rd_kafka_topic_result_error(topicResult)
            let partitions = partitionsByName[name] ?? 0
            if code == RD_KAFKA_RESP_ERR_NO_ERROR { return .created(name: name, partitions: partitions) }
            if code == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS { return .found(name: name, partitions: partitions) }
            let reason = rd_kafka_topic_result_error_string(topicResult).map { String(cString: $0) } ?? String(cString: rd_kafka_err2str(code))
            return .failed(name: name, reason: reason)
        }
    }
}
