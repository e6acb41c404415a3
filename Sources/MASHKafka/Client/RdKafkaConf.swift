import CRdKafka

/// Builds an `rd_kafka_conf_t` from string properties.
enum RdKafkaConf {
    /// A property librdkafka refuses fails with its own text, naming the property.
    static func make(_ properties: [(String, String)]) throws(KafkaError) -> OpaquePointer {
        let conf = rd_kafka_conf_new()!
        var errstr = [CChar](repeating: 0, count: 512)
        for (key, value) in properties {
            if rd_kafka_conf_set(conf, key, value, &errstr, errstr.count) != RD_KAFKA_CONF_OK {
                rd_kafka_conf_destroy(conf)
                throw KafkaError(
                    operation: "configure",
                    message: "\(key)=\(value): \(String(errorBuffer: errstr))",
                    code: RD_KAFKA_RESP_ERR__INVALID_ARG.rawValue
                )
            }
        }
        return conf
    }
}

extension String {
    /// The text librdkafka wrote into an error buffer, up to its terminating NUL.
    init(errorBuffer buffer: [CChar]) {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
