import CRdKafka
import Logging

/// A Kafka-protocol broker inside this process, built on librdkafka's mock cluster, for development,
/// demos and tests.
///
/// Any Kafka client can connect over TCP. Limits (librdkafka 2.0.2): messages live in memory only, about
/// 5 MB or 100,000 messages per partition (older ones are dropped); transactions are accepted but not
/// enforced; there is no CreateTopics, so the topics are created here at start.
public final class EmbeddedBroker: @unchecked Sendable {
    /// What clients bootstrap from: the chosen port when one was given, else the broker's own address.
    public let bootstrapServers: String
    /// The mock brokers' own addresses.
    public let brokerAddresses: String
    private let host: KafkaClient
    private let cluster: OpaquePointer
    private let forwarder: LoopbackForwarder?

    /// Partitions a topic gets at least: the mock cluster keeps only about 5 MB per partition, so more
    /// partitions let a backlog of a few hundred megabytes wait without old messages being dropped.
    public static let minimumPartitions = 48

    /// librdkafka properties for clients of the embedded broker, measured to cut its latency. The mock
    /// cluster leaves Nagle's algorithm on for its sockets, so a response written while an earlier one is
    /// unacknowledged waits for the client's delayed acknowledgement (~40 ms): one request in flight per
    /// connection avoids that. It answers an empty fetch only after the full wait, however soon data comes:
    /// a 1 ms wait keeps each hop to a few milliseconds (10 ms cost ~10 ms a hop). Real brokers need neither.
    /// With one request in flight a producer's messages gather while it waits anyway: none need linger.
    public static let clientProperties: [String: String] = [
        "max.in.flight.requests.per.connection": "1",
        "fetch.wait.max.ms": "1",
        "linger.ms": "0",
    ]

    /// Starts the cluster with `brokers` brokers and `topics` (each with at least `minimumPartitions`
    /// partitions); with a `port`, also listens there.
    public init(port: Int? = nil, brokers: Int = 1, topics: [TopicDefinition], minimumPartitions: Int = 1, logger: Logger) throws {
        host = try KafkaClient(
            role: .producer,
            properties: [("client.id", "mash-embedded-broker"), ("log_level", "3")],
            logger: logger
        )
        guard let cluster = rd_kafka_mock_cluster_new(host.handle, Int32(brokers)) else {
            throw KafkaError(operation: "start embedded broker", message: "librdkafka could not create the mock cluster")
        }
        self.cluster = cluster
        brokerAddresses = String(cString: rd_kafka_mock_cluster_bootstraps(cluster))
        if let port {
            let firstBrokerPort = Int(brokerAddresses.split(separator: ",")[0].split(separator: ":").last ?? "") ?? 0
            let forwarder: LoopbackForwarder
            do {
                forwarder = try LoopbackForwarder(port: port, targetPort: firstBrokerPort, logger: logger)
            } catch {
                // The instance never finishes initialising, so its deinit will not destroy the cluster: do it
                // here, before the client it belongs to goes (librdkafka aborts otherwise).
                rd_kafka_mock_cluster_destroy(cluster)
                throw KafkaError(operation: "start embedded broker", message: "\(error)")
            }
            self.forwarder = forwarder
            bootstrapServers = "127.0.0.1:\(forwarder.port)"
        } else {
            forwarder = nil
            bootstrapServers = brokerAddresses
        }
        for topic in topics {
            try createTopic(topic.name, partitions: max(topic.partitions, minimumPartitions))
        }
    }

    deinit {
        forwarder?.stop()
        rd_kafka_mock_cluster_destroy(cluster)
    }

    /// Creates a topic (the mock cluster's replication factor is at most its broker count).
    public func createTopic(_ name: String, partitions: Int) throws(KafkaError) {
        try check(rd_kafka_mock_topic_create(cluster, name, Int32(partitions), 1), "create topic \(name)")
    }

    /// Takes a broker down: its connections drop and it refuses new ones until `setBrokerUp`.
    public func setBrokerDown(_ brokerID: Int32 = 1) throws(KafkaError) {
        try check(rd_kafka_mock_broker_set_down(cluster, brokerID), "set broker \(brokerID) down")
    }

    public func setBrokerUp(_ brokerID: Int32 = 1) throws(KafkaError) {
        try check(rd_kafka_mock_broker_set_up(cluster, brokerID), "set broker \(brokerID) up")
    }

    /// Delays every answer of a broker by this long: a broker that has stopped answering without closing its
    /// connections (a process frozen, a network partition), where `setBrokerDown` refuses at once.
    public func setRoundTripTime(milliseconds: Int, brokerID: Int32 = 1) throws(KafkaError) {
        try check(rd_kafka_mock_broker_set_rtt(cluster, brokerID, Int32(milliseconds)), "set broker \(brokerID)'s round trip time")
    }

    /// Makes the next requests of one kind fail with these errors, in order.
    public func injectErrors(_ request: KafkaRequest, codes: [Int32]) {
        let errors = codes.map { rd_kafka_resp_err_t(rawValue: $0) }
        errors.withUnsafeBufferPointer { buffer in
            rd_kafka_mock_push_request_errors_array(cluster, request.rawValue, buffer.count, buffer.baseAddress)
        }
    }
}

/// Kafka protocol request kinds, for fault injection.
public enum KafkaRequest: Int16, Sendable {
    case produce = 0
    case fetch = 1
    case listOffsets = 2
    case metadata = 3
    case offsetCommit = 8
    case offsetFetch = 9
    case findCoordinator = 10
    case joinGroup = 11
    case heartbeat = 12
    case syncGroup = 14
}

/// Common broker error codes, for fault injection.
public enum KafkaErrorCode {
    public static let notLeaderForPartition: Int32 = RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION.rawValue
    public static let requestTimedOut: Int32 = RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT.rawValue
    public static let notCoordinator: Int32 = RD_KAFKA_RESP_ERR_NOT_COORDINATOR.rawValue
    public static let coordinatorNotAvailable: Int32 = RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE.rawValue
    public static let brokerNotAvailable: Int32 = RD_KAFKA_RESP_ERR_BROKER_NOT_AVAILABLE.rawValue
    public static let transportFailure: Int32 = RD_KAFKA_RESP_ERR__TRANSPORT.rawValue
}
