/// What a stage runner reads, how it batches, and how it delivers.
public struct StageRunnerConfiguration: Sendable {
    /// The stage's name, used in dead letters, logs and the default transactional id. No default.
    public var stageName: String
    /// The topics the stage consumes, its main input first. No default.
    public var inputTopics: [String]
    /// Where unprocessable inputs go. Default `mash.dead-letter`.
    public var deadLetterTopic: String
    /// Whether a dead letter copies its input's bytes. Default true; false for inputs that carry records which
    /// must stay in the hub: the letter then gives their size, digest and place on the input topic.
    public var deadLetterKeepsBytes: Bool = true
    /// Whether the inputs come from outside the hub (a partner's referral): then nothing a producer set is
    /// trusted. Its `mash-*` and `traceparent` headers are stripped before the handler sees it, and an input
    /// stands for its topic and bytes alone, not its Kafka key: a resend under another key (or none) is
    /// recognised as the same input, and a forged idempotency key makes no two inputs one. Default false.
    public var inputsFromOutside: Bool = false
    /// A file created once the group has given this copy its partitions, so a parent process knows it is
    /// ready whatever the log level; nil for none.
    public var readyFile: String?
    /// At-least-once or exactly-once. Default at-least-once.
    public var delivery: DeliveryMode
    /// Most input messages in one batch. Default 500.
    public var batchSize: Int
    /// Longest a batch stays open after its first message, waiting for more. Default zero: a batch is what has
    /// arrived, so a message never waits for company.
    public var maxBatchWait: Duration
    /// Most batches whose outputs are on their way at once (at least once). Default 8.
    public var maxBatchesInFlight: Int = 8
    /// Most bytes of inputs and outputs on their way at once (at least once); one batch alone may exceed it.
    /// Default 64 MiB.
    public var maxBytesInFlight: Int = 64 << 20
    /// Shortest time between two commits of delivered offsets sent without waiting while outputs are in flight
    /// (at least once); a worker killed outright replays at most about this much work more. A runner that has
    /// delivered everything it read, revoke and stop commit at once. Default 100 ms.
    public var commitInterval: Duration = .milliseconds(100)
    /// Longest a stopping or revoked runner waits for the delivery reports of what it has in flight; what is
    /// still unreported then stays uncommitted and is read again. Default 10 s (below a container's usual
    /// 30 s stop grace period).
    public var drainTimeout: Duration = .seconds(10)
    /// Inputs of a batch handled at once, each on its own thread. Only for handlers whose answer for one
    /// input does not depend on the others of its batch; outputs keep input order either way. A handler that
    /// has been taking under 20 µs an input runs on the runner's thread alone (`HandlingCost`). Default 1.
    public var handlerThreads: Int
    /// Transactional id in exactly-once mode; must be unique per running copy. Default `<groupID>-<host>-<pid>`.
    public var transactionalID: String?
    /// How long to wait at start for a broker to answer before giving up. Default 30 s.
    public var connectionTimeout: Duration
    /// Consumer settings, including the group that copies of this stage share. Default group `mash-<stageName>`.
    public var consumer: ConsumerOptions
    /// Producer settings. Default `ProducerOptions` defaults.
    public var producer: ProducerOptions

    public init(
        stageName: String,
        inputTopic: String,
        groupID: String? = nil,
        deadLetterTopic: String = "mash.dead-letter",
        delivery: DeliveryMode = .atLeastOnce,
        batchSize: Int = 500,
        maxBatchWait: Duration = .zero,
        handlerThreads: Int = 1,
        transactionalID: String? = nil
    ) {
        self.stageName = stageName
        self.inputTopics = [inputTopic]
        self.deadLetterTopic = deadLetterTopic
        self.delivery = delivery
        self.batchSize = batchSize
        self.maxBatchWait = maxBatchWait
        self.handlerThreads = max(1, handlerThreads)
        self.transactionalID = transactionalID
        connectionTimeout = .seconds(30)
        consumer = ConsumerOptions(groupID: groupID ?? "mash-\(stageName)")
        producer = ProducerOptions()
    }
}

extension StageRunnerConfiguration {
    /// The stage's main input topic (the first it consumes).
    public var inputTopic: String { inputTopics.first ?? "" }

    /// The consumer group copies of this stage share.
    public var groupID: String {
        get { consumer.groupID }
        set { consumer.groupID = newValue }
    }
}
