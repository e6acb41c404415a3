import ArgumentParser
import Logging

/// Where a process serves its Prometheus metrics, if anywhere.
public struct MetricsOptions: ParsableArguments, Sendable {
    @Option(name: .customLong("metrics-port"), help: "Serve Prometheus metrics at http://HOST:PORT/metrics (0: any free port, logged). Default: none served.")
    public var port: Int?

    @Option(name: .customLong("metrics-host"), help: "Address the metrics port listens on (0.0.0.0 for a scraper in another container).")
    public var host: String = "127.0.0.1"

    public init() {}

    public func validate() throws {
        if let port { guard (0...65_535).contains(port) else { throw ValidationError("--metrics-port must be from 0 to 65535") } }
    }

    /// Bootstraps the metrics system now when metrics are to be served, so metrics made before the endpoint
    /// starts (a worker's stores, its held decisions) are recorded.
    public func bootstrap() {
        if port != nil { _ = MetricsEndpoint.registry }
    }

    /// The metrics endpoint these options ask for, listening already; nil when no port is given.
    public func endpoint(logger: Logger) throws -> MetricsEndpoint? {
        try port.map { try MetricsEndpoint(host: host, port: $0, logger: logger) }
    }
}
