import Foundation
import Logging
import MASHCore
import MASHKafka
import MASHStages
import Synchronization

/// The referral register, held in memory and kept in step with `mash.referral-register`: restored from the
/// topic at start, followed while running (so copies of the referral worker see each other's
/// registrations), and told at once of this worker's own by the screening stage (`note`).
public final class KafkaReferralRegister: ReferralRegister {
    private let digests = Mutex<[String: String]>([:])
    private let replica: TopicReplica

    /// Restores the register from the topic; returns once caught up.
    public init(kafka: KafkaConfiguration, logger: Logger) throws {
        replica = try TopicReplica(kafka: kafka, logger: logger)
        let restored = try replica.start(topic: PipelineTopic.referralRegister.rawValue) { [self] message in
            guard let registration = try? MASHJSON.decode(ReferralRegistration.self, from: message.value) else { return }
            digests.withLock { $0[registration.referralId] = registration.digest }
        }
        logger.info("mash.register.restored", metadata: ["mash.register.records": .stringConvertible(restored)])
    }

    public func digest(of referralId: String) -> String? {
        digests.withLock { $0[referralId] }
    }

    /// Takes in a registration the stage has just made, before it is even delivered, so a reused id later in
    /// the same batch is already caught.
    public func note(_ registration: ReferralRegistration) {
        digests.withLock { $0[registration.referralId] = registration.digest }
    }

    public func stop() {
        replica.stop()
    }
}
