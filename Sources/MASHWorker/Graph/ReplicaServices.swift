import ServiceLifecycle

/// A replica a stage consults, restored from its topic when built and followed on a thread of its own from
/// then on. As a service it only waits for the group's shutdown, which reaches it after the runner's (it
/// starts before the runner), and then stops following.
public protocol FollowedReplica: Service {
    func stop()
}

extension FollowedReplica {
    public func run() async throws {
        try? await gracefulShutdown()
        stop()
    }
}

extension KafkaReferralRegister: FollowedReplica {}
extension KafkaHeldDecisions: FollowedReplica {}
extension KafkaHubMemory: FollowedReplica {}
