import Foundation
import Logging
import MASHCore
import ServiceLifecycle
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Ends a worker process whose shutdown outlasts its budget. Once the group starts to shut down (a signal,
/// the parent gone, a service failing), a thread of its own waits `limit` and then exits the process.
/// Cancellation cannot reach a runner sitting in a librdkafka call that waits on a broker that has gone (a
/// synchronous commit, closing the consumer); ending the process then loses nothing: what was not committed
/// is read again by the next owner of the partitions, and its outputs carry the same idempotency keys.
///
/// It is armed only by `WorkerGraph.run()` in a worker process: a graph run inside a test process must not
/// end the tests.
final class ShutdownDeadline: Service, Sendable {
    /// Exit status of a process ended by its deadline (EX_TEMPFAIL: run it again).
    static let exitStatus: Int32 = 75

    let limit: Duration
    let logger: Logger
    private let armed = Atomic<Bool>(false)

    init(limit: Duration, logger: Logger) {
        self.limit = limit
        self.logger = logger
    }

    /// From now on, a shutdown that outlasts the limit ends the process.
    func arm() {
        armed.store(true, ordering: .relaxed)
    }

    func run() async throws {
        // Returns when the group starts to shut down gracefully, or throws when it is cancelled: either way
        // the shutdown has begun.
        try? await gracefulShutdown()
        guard armed.load(ordering: .relaxed) else { return }
        let limit = limit, logger = logger
        let watch = Thread {
            Thread.sleep(forTimeInterval: limit.seconds)
            logger.critical("mash.worker.shutdown-overran", metadata: ["limit.seconds": "\(limit.components.seconds)"])
            fflush(nil)
            _exit(ShutdownDeadline.exitStatus)
        }
        watch.name = "mash.shutdown-deadline"
        watch.start()
    }
}
