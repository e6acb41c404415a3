import Foundation

/// The environment variables mash reads, in one place.
public enum Environment {
    /// `MASH_BOOTSTRAP_SERVERS`: the cluster to use when `--bootstrap-servers` is not given.
    public static var bootstrapServers: String? { value("MASH_BOOTSTRAP_SERVERS") }
    /// `MASH_DELIVERY`: at-least-once or exactly-once, when `--delivery` is not given.
    public static var delivery: String? { value("MASH_DELIVERY") }
    /// `MASH_LOG_LEVEL`: trace, debug, info, notice, warning, error or critical. Default info.
    public static var logLevel: String? { value("MASH_LOG_LEVEL") }
    /// `MASH_KAFKA_CONFIG`: a file of librdkafka properties (credentials) when `--kafka-config` is not given.
    public static var kafkaConfig: String? { value("MASH_KAFKA_CONFIG") }
    /// `MASH_KEY_SECRET`: the hub's secret for partition keys.
    public static var keySecret: String? { value("MASH_KEY_SECRET") }

    private static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}
