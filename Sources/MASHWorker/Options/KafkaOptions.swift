import ArgumentParser
import Foundation
import MASHKafka

/// Where the cluster is, for every command that talks to one.
public struct KafkaOptions: ParsableArguments, Sendable {
    @Option(
        name: .customLong("bootstrap-servers"),
        help: "Kafka bootstrap servers, host:port[,host:port]. Default $MASH_BOOTSTRAP_SERVERS or 127.0.0.1:9092."
    )
    public var bootstrapServers: String?

    @Option(
        name: [.customShort("X"), .customLong("property")],
        help: ArgumentHelp("A librdkafka property, key=value (repeatable), e.g. -X security.protocol=SASL_SSL.", valueName: "key=value")
    )
    public var properties: [String] = []

    @Option(
        name: .customLong("kafka-config"),
        help: ArgumentHelp(
            "A file of librdkafka properties, key=value per line ('#' comments), read before any -X: where credentials go, "
                + "off the command line. Default $MASH_KAFKA_CONFIG.",
            valueName: "path"
        )
    )
    public var configFile: String?

    public init() {}

    /// The typed configuration these options describe; a malformed `-X` or config line fails here with the
    /// offending text (a config file's by its line number, never its value: it may hold a password).
    public func configuration(clientID: String) throws -> KafkaConfiguration {
        var pairs: [String: String] = [:]
        if let path = configFile ?? Environment.kafkaConfig {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ValidationError("--kafka-config \(path): cannot read it (\(error.localizedDescription))")
            }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
                guard let equals = trimmed.firstIndex(of: "="), equals != trimmed.startIndex else {
                    throw ValidationError("--kafka-config \(path):\(number + 1): expected key=value")
                }
                pairs[trimmed[..<equals].trimmingCharacters(in: .whitespaces)] = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            }
        }
        for property in properties {
            guard let equals = property.firstIndex(of: "="), equals != property.startIndex else {
                throw ValidationError("-X \(property): expected key=value")
            }
            pairs[String(property[..<equals])] = String(property[property.index(after: equals)...])
        }
        return KafkaConfiguration(
            bootstrapServers: bootstrapServers ?? Environment.bootstrapServers ?? "127.0.0.1:9092",
            clientID: clientID,
            properties: pairs
        )
    }
}
