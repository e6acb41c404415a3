import Synchronization

/// Whether a service is ready for work, as a value others read or wait for (never a log line to search).
public final class Readiness: Sendable {
    private let ready = Atomic<Bool>(false)

    public init() {}

    public var isReady: Bool { ready.load(ordering: .acquiring) }

    func markReady() {
        ready.store(true, ordering: .releasing)
    }

    /// Waits until ready, or the timeout passes; true when ready.
    public func wait(timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !isReady, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return isReady
    }
}
