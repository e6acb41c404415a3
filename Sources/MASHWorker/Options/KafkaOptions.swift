import ArgumentParser
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

    public init() {}

    /// The typed configuration these options describe; a malformed `-X` fails here with the offending text.
    public func configuration(clientID: String) throws -> KafkaConfiguration {
        var pairs: [String: String] = [:]
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
