import Foundation
import Logging
import MASHCore
import MASHKafka

/// What people do in the workspace, as events on Kafka: sign-offs on `mash.sign-off` for the decision worker
/// to apply, escalations on `mash.escalation` with their audit records. Each returns once the broker has it.
public final class HubActions: Sendable {
    private let producer: KafkaProducer

    public init(kafka: KafkaConfiguration, logger: Logger) throws {
        producer = try KafkaProducer(configuration: kafka, logger: logger)
    }

    /// Sends a sign-off, keyed by its case.
    public func submit(_ signOff: SignOff) async throws {
        try await producer.send([try Self.record(.signOff, key: signOff.caseId, message: signOff)])
    }

    /// Records an escalation event and its audit record, keyed by their case.
    public func record(_ escalation: Escalation, audit: AuditRecord) async throws {
        try await producer.send([
            try Self.record(.escalation, key: escalation.caseId, message: escalation),
            try Self.record(.audit, key: audit.caseId, message: audit),
        ])
    }

    /// A record carrying an idempotency key derived from what it says, as every message in the hub does.
    private static func record<Message: Encodable>(_ topic: PipelineTopic, key: String, message: Message) throws -> ProducerRecord {
        let value = try MASHJSON.encodeBytes(message)
        var hasher = SHA256()
        hasher.update(topic.rawValue)
        hasher.update([0])
        hasher.update(value)
        let idempotencyKey = String(hexString(hasher.finalize()).prefix(32))
        return ProducerRecord(topic: topic.rawValue, key: key, value: value, headers: [KafkaHeader(name: IdempotencyKey.header, string: idempotencyKey)])
    }
}
