import Foundation
import Logging
import MASHCore
import MASHKafka
import MASHStages

/// The hub's front door: sends raw referral documents to `mash.referral`, keyed by referral id, in
/// batches, at a steady rate.
///
/// A document too large for a referral is refused here and goes straight to `mash.dead-letter` with the
/// reason: a Kafka cluster refuses such messages anyway (and librdkafka's mock cluster, the embedded
/// broker, cannot serve a partition holding one over about 5 MB).
public struct ReferralIntake: Sendable {
    /// Most bytes a referral document may have: the referral stage's own limit (1 MiB).
    public static let maximumReferralBytes = StageLimits.maximumReferralBytes

    let producer: KafkaProducer
    let topic: String

    public init(producer: KafkaProducer, topic: String = PipelineTopic.referral.rawValue) {
        self.producer = producer
        self.topic = topic
    }

    /// A producer for the intake (documents up to the limit plus dead letters), connected and with the
    /// topics' metadata loaded; throws when no broker answers within 10 s.
    public static func producer(kafka: KafkaConfiguration, logger: Logger) throws -> KafkaProducer {
        let producer = try KafkaProducer(
            configuration: kafka, options: ProducerOptions(linger: .milliseconds(5), maxMessageBytes: 2 * maximumReferralBytes), logger: logger
        )
        try producer.prepare()
        return producer
    }

    /// Sends every document and waits for the broker to acknowledge them; returns how many were taken in
    /// (sent or refused). `rate` is per second, 0 for no pacing; `onSent` hears the running total. Unpaced,
    /// up to `window` batches are on their way at once (in order), so the broker never waits for the feeder.
    @discardableResult
    public func send(_ documents: [[UInt8]], rate: Double, window: Int = 8, onSent: @Sendable (Int) -> Void = { _ in }) async throws -> Int {
        let batchSize = rate > 0 ? max(1, min(500, Int(rate / 50))) : 1000
        let started = ContinuousClock.now
        var sent = 0
        var pending: [(delivery: PendingDelivery, count: Int)] = []
        for start in stride(from: 0, to: documents.count, by: batchSize) {
            let batch = documents[start..<min(documents.count, start + batchSize)]
            pending.append((producer.submit(batch.map(record(for:))), batch.count))
            guard rate > 0 || pending.count >= max(1, window) else { continue }
            let oldest = pending.removeFirst()
            try await oldest.delivery.wait()
            sent += oldest.count
            onSent(sent)
            if rate > 0 {
                let due = started + .milliseconds(Int64(Double(sent) / rate * 1000))
                if due > ContinuousClock.now { try await Task.sleep(until: due) }
            }
        }
        for (delivery, count) in pending {
            try await delivery.wait()
            sent += count
            onSent(sent)
        }
        return sent
    }

    /// The referral as a record for `mash.referral`, or, when it is too large, its dead letter.
    func record(for document: [UInt8]) -> ProducerRecord {
        guard document.count > Self.maximumReferralBytes else {
            return ProducerRecord(topic: topic, key: Self.partitionKey(of: document), value: document)
        }
        let reason = "\(document.count) bytes is over the limit of \(Self.maximumReferralBytes) bytes for a referral; refused at intake"
        let letter = DeadLetter(reason: reason, stage: "intake", refused: document, meantFor: topic)
        let key = IdempotencyKey.derive(base: SHA256.hex(document), topic: PipelineTopic.deadLetter.rawValue, index: 0)
        return ProducerRecord(
            topic: PipelineTopic.deadLetter.rawValue, key: Array(key.utf8), value: letter.encoded,
            headers: [KafkaHeader(name: IdempotencyKey.header, string: key)]
        )
    }

    /// The key a document goes under: its referral id, so one referral always lands on one partition, or
    /// for a document without a readable id the SHA-256 of its bytes. Never none: librdkafka puts keyless
    /// messages on one "sticky" partition at a time, so a burst of unreadable documents would pile onto
    /// one partition (and overflow it on the embedded broker, which keeps about 5 MB per partition).
    public static func partitionKey(of document: [UInt8]) -> [UInt8] {
        referralId(in: document) ?? Array(SHA256.hex(document).utf8)
    }

    /// The referral id of a document that has one.
    public static func referralId(in document: [UInt8]) -> [UInt8]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(document)) as? [String: Any],
            let id = object["referralId"] as? String
        else { return nil }
        return Array(id.utf8)
    }
}
