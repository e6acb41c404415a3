import Foundation
import Logging
import ServiceLifecycle
#if canImport(Glibc)
import Glibc
#endif

/// Stops a child process whose parent is gone. `mash dev`, `mash chaos` and `mash bench` start the workers
/// with `MASH_STOP_WITH_PARENT` set to their own process id; if that parent dies in any way (SIGKILL
/// included, when it can stop nothing itself), the child finds itself adopted by another process and shuts
/// down gracefully, as on SIGTERM. Without the variable it watches nothing.
public struct ParentWatch: Service {
    /// The environment variable naming the parent to stop with.
    public static let variable = "MASH_STOP_WITH_PARENT"

    let parent: pid_t
    let logger: Logger

    /// The watch this process's environment asks for, if any.
    public static func fromEnvironment(logger: Logger) -> ParentWatch? {
        guard let text = ProcessInfo.processInfo.environment[variable], let parent = pid_t(text), parent > 1 else { return nil }
        return ParentWatch(parent: parent, logger: logger)
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            if getppid() != parent {
                logger.warning("mash.parent.gone", metadata: ["parent": "\(parent)"])
                return
            }
            try? await Task.sleep(for: .milliseconds(250))
        }
    }

    /// The services of a process group: `services`, and the watch (whose end shuts the group down) when the
    /// environment asks for one.
    public static func group(_ services: [any Service], logger: Logger) -> ServiceGroup {
        var configured = services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) }
        if let watch = fromEnvironment(logger: logger) {
            configured.append(.init(service: watch, successTerminationBehavior: .gracefullyShutdownGroup))
        }
        return ServiceGroup(configuration: ServiceGroupConfiguration(services: configured, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    }
}
