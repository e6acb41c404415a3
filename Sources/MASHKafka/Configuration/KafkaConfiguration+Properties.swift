// The one place where typed configuration becomes librdkafka's string properties.

extension KafkaConfiguration {
    /// Properties every client gets; pass-through properties come last so an operator can override anything.
    /// A pass-through property librdkafka only knows for the other kind of client is left out (librdkafka
    /// would ignore it with a warning): one `-X fetch.wait.max.ms=10` serves a worker's consumer, not its producer.
    func librdkafkaProperties(adding roleProperties: [(String, String)], for role: KafkaClient.Role) -> [(String, String)] {
        var result: [(String, String)] = [
            ("bootstrap.servers", bootstrapServers),
            ("client.id", clientID),
            // Nagle's algorithm holds back a small request until the previous one is acknowledged, and
            // the peer delays that acknowledgement: ~40 ms per produce or commit round trip otherwise.
            ("socket.nagle.disable", "true"),
        ]
        result += roleProperties
        let otherRoleOnly = role == .producer ? Self.consumerOnlyProperties : Self.producerOnlyProperties
        result += properties.sorted { $0.key < $1.key }.filter { !otherRoleOnly.contains($0.key) }.map { ($0.key, $0.value) }
        return result
    }

    /// Properties librdkafka's CONFIGURATION.md marks consumer-only (C) that an operator is likely to pass.
    static let consumerOnlyProperties: Set<String> = [
        "group.id", "group.instance.id", "partition.assignment.strategy", "session.timeout.ms", "heartbeat.interval.ms",
        "max.poll.interval.ms", "enable.auto.commit", "auto.commit.interval.ms", "enable.auto.offset.store",
        "queued.min.messages", "queued.max.messages.kbytes", "fetch.wait.max.ms", "fetch.message.max.bytes",
        "max.partition.fetch.bytes", "fetch.max.bytes", "fetch.min.bytes", "fetch.error.backoff.ms", "isolation.level",
        "enable.partition.eof", "check.crcs", "auto.offset.reset",
    ]

    /// Properties librdkafka's CONFIGURATION.md marks producer-only (P) that an operator is likely to pass.
    static let producerOnlyProperties: Set<String> = [
        "transactional.id", "transaction.timeout.ms", "enable.idempotence", "queue.buffering.max.messages",
        "queue.buffering.max.kbytes", "queue.buffering.max.ms", "linger.ms", "message.send.max.retries", "retries",
        "batch.num.messages", "batch.size", "compression.codec", "compression.type", "acks", "request.required.acks",
        "message.timeout.ms", "delivery.timeout.ms", "partitioner", "sticky.partitioning.linger.ms",
    ]
}

extension ConsumerOptions {
    var librdkafkaProperties: [(String, String)] {
        [
            ("group.id", groupID),
            ("enable.auto.commit", "false"),
            ("enable.auto.offset.store", "false"),
            ("enable.partition.eof", "false"),
            ("session.timeout.ms", String(sessionTimeout.milliseconds)),
            ("heartbeat.interval.ms", String(max(100, sessionTimeout.milliseconds / 3))),
            ("auto.offset.reset", startFromEarliest ? "earliest" : "latest"),
            ("isolation.level", readCommitted ? "read_committed" : "read_uncommitted"),
            ("fetch.wait.max.ms", String(fetchWait.milliseconds)),
        ]
    }
}

extension ProducerOptions {
    var librdkafkaProperties: [(String, String)] {
        var result: [(String, String)] = [
            ("enable.idempotence", idempotent || transactionalID != nil ? "true" : "false"),
            ("linger.ms", String(linger.milliseconds)),
            ("message.max.bytes", String(maxMessageBytes)),
        ]
        if let transactionalID {
            result.append(("transactional.id", transactionalID))
        }
        return result
    }
}

extension Duration {
    /// Whole milliseconds, rounded down; what librdkafka's `*.ms` properties take.
    public var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
