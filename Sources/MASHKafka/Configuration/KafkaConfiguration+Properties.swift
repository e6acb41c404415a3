// The one place where typed configuration becomes librdkafka's string properties.

extension KafkaConfiguration {
    /// Properties every client gets; pass-through properties come last so an operator can override anything.
    func librdkafkaProperties(adding roleProperties: [(String, String)]) -> [(String, String)] {
        var result: [(String, String)] = [
            ("bootstrap.servers", bootstrapServers),
            ("client.id", clientID),
            // Nagle's algorithm holds back a small request until the previous one is acknowledged, and
            // the peer delays that acknowledgement: ~40 ms per produce or commit round trip otherwise.
            ("socket.nagle.disable", "true"),
        ]
        result += roleProperties
        result += properties.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return result
    }
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
