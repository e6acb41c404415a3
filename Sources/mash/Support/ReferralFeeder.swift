import Foundation
import MASHKafka

/// Sends raw referral documents to a topic, in batches, at a steady rate.
struct ReferralFeeder: Sendable {
    /// Large messages are allowed so hostile inputs reach the pipeline and get dead-lettered there.
    static let producerOptions = ProducerOptions(linger: .milliseconds(5), maxMessageBytes: 16_000_000)

    let producer: KafkaProducer
    let topic: String

    /// Sends every line and waits for the broker to acknowledge them; returns how many were sent.
    /// `rate` is per second; 0 means no pacing. `onSent` hears the running total after each batch.
    @discardableResult
    func send(_ lines: [[UInt8]], rate: Double, onSent: @Sendable (Int) -> Void = { _ in }) async throws -> Int {
        let batchSize = rate > 0 ? max(1, min(500, Int(rate / 50))) : 1000
        let started = ContinuousClock.now
        var sent = 0
        for start in stride(from: 0, to: lines.count, by: batchSize) {
            let batch = lines[start..<min(lines.count, start + batchSize)]
            try await producer.send(batch.map { ProducerRecord(topic: topic, key: Self.key(of: $0), value: $0) })
            sent += batch.count
            onSent(sent)
            if rate > 0 {
                let due = started + .milliseconds(Int64(Double(sent) / rate * 1000))
                if due > ContinuousClock.now { try await Task.sleep(until: due) }
            }
        }
        return sent
    }

    /// The referral id when the line has one, so one referral always lands on one partition; else no key.
    static func key(of line: [UInt8]) -> [UInt8]? {
        guard line.count < 1_000_000,
            let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
            let id = object["referralId"] as? String
        else { return nil }
        return Array(id.utf8)
    }
}
