import Foundation
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Serves the process's metrics (swift-metrics, through the Prometheus backend) in Prometheus's text format
/// at `GET /metrics` on a port of its own (`--metrics-port`), apart from anything a partner or a person uses.
/// A deliberately small HTTP/1.1 responder: one request a connection, nothing else served.
public final class MetricsEndpoint: Service, Sendable {
    /// The registry every metric of this process lands in, once the metrics system is bootstrapped.
    public static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    /// The port it listens on (the one chosen when asked for 0).
    public let port: Int
    private let listener: Int32
    private let logger: Logger
    private let stopping = Atomic<Bool>(false)

    /// Bootstraps the metrics system (once per process) and listens on `host:port`.
    public init(host: String, port: Int, logger: Logger) throws {
        _ = Self.registry
        self.logger = logger
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw MetricsEndpointError("cannot create a socket: \(String(cString: strerror(errno)))") }
        var on: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else {
            close(listener)
            throw MetricsEndpointError("--metrics-host \(host): not an IPv4 address")
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else {
            let reason = String(cString: strerror(errno))
            close(listener)
            throw MetricsEndpointError("cannot listen on \(host):\(port) for metrics: \(reason)")
        }
        var chosen = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &chosen) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        self.port = Int(UInt16(bigEndian: chosen.sin_port))
        self.listener = listener
    }

    public func run() async throws {
        logger.info("mash.metrics.listening", metadata: ["mash.metrics.port": .stringConvertible(port)])
        let thread = Thread { [self] in serve() }
        thread.name = "mash.metrics"
        thread.start()
        try await gracefulShutdown()
        stopping.store(true, ordering: .releasing)
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func serve() {
        while !stopping.load(ordering: .acquiring) {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                if stopping.load(ordering: .acquiring) { return }
                continue
            }
            var timeout = timeval(tv_sec: 2, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var request = [UInt8](repeating: 0, count: 2048)
            let count = recv(connection, &request, request.count, 0)
            let line = count > 0 ? String(decoding: request[..<count], as: UTF8.self).split(separator: "\r\n").first.map(String.init) ?? "" : ""
            let response: [UInt8]
            if line.hasPrefix("GET /metrics ") || line == "GET /metrics" {
                var body: [UInt8] = []
                Self.registry.emit(into: &body)
                response = Array("HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n".utf8) + body
            } else {
                response = Array("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8)
            }
            _ = response.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            close(connection)
        }
    }
}

/// Why the metrics endpoint could not start.
public struct MetricsEndpointError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
