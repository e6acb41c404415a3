/// Where the cluster is and how to talk to it; shared by every client a process makes.
public struct KafkaConfiguration: Sendable {
    /// Comma-separated `host:port` list of brokers to bootstrap from. Default `127.0.0.1:9092`.
    public var bootstrapServers: String
    /// Client id the brokers see in their logs and quotas. Default `mash`.
    public var clientID: String
    /// Any other librdkafka property (`security.protocol`, `sasl.*`, `ssl.*`, ...), applied last so it wins. Default none.
    public var properties: [String: String]

    public init(
        bootstrapServers: String = "127.0.0.1:9092",
        clientID: String = "mash",
        properties: [String: String] = [:]
    ) {
        self.bootstrapServers = bootstrapServers
        self.clientID = clientID
        self.properties = properties
    }
}

/// How a consumer joins its group and where it starts.
public struct ConsumerOptions: Sendable {
    /// The consumer group: copies of one worker share partitions by sharing this. No default.
    public var groupID: String
    /// How long the group waits for a silent member before rebalancing. Default 6 s, so a restarted worker rejoins quickly.
    public var sessionTimeout: Duration
    /// Whether a group with no committed offset starts at the oldest message (else the newest). Default true.
    public var startFromEarliest: Bool
    /// Whether to see only messages of committed transactions. Default false; exactly-once mode sets it.
    public var readCommitted: Bool
    /// Longest the broker may hold a fetch waiting for data. Default 100 ms.
    public var fetchWait: Duration

    public init(
        groupID: String,
        sessionTimeout: Duration = .seconds(6),
        startFromEarliest: Bool = true,
        readCommitted: Bool = false,
        fetchWait: Duration = .milliseconds(100)
    ) {
        self.groupID = groupID
        self.sessionTimeout = sessionTimeout
        self.startFromEarliest = startFromEarliest
        self.readCommitted = readCommitted
        self.fetchWait = fetchWait
    }
}

/// How a producer batches and delivers.
public struct ProducerOptions: Sendable {
    /// Idempotent delivery: the broker drops the producer's own retries. Default true.
    public var idempotent: Bool
    /// Transactional id, set only in exactly-once mode; it must be unique per running copy. Default nil.
    public var transactionalID: String?
    /// How long the producer waits to fill a batch. Default 1 ms: under load batches fill while earlier
    /// requests are in flight anyway, and a lone message should not wait.
    public var linger: Duration
    /// Largest message the producer accepts, in bytes. Default 1,000,000 (librdkafka's).
    public var maxMessageBytes: Int

    public init(
        idempotent: Bool = true,
        transactionalID: String? = nil,
        linger: Duration = .milliseconds(1),
        maxMessageBytes: Int = 1_000_000
    ) {
        self.idempotent = idempotent
        self.transactionalID = transactionalID
        self.linger = linger
        self.maxMessageBytes = maxMessageBytes
    }
}
