import Synchronization

/// The delivery of a batch handed to librdkafka, to be awaited later: a sender can keep several batches on
/// their way, in order, and wait for the oldest.
public final class PendingDelivery: Sendable {
    private struct State {
        var failures: [DeliveryFailure.Entry]?
        var waiter: CheckedContinuation<[DeliveryFailure.Entry], Never>?
    }

    private let state = Mutex(State())
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    func complete(_ failures: [DeliveryFailure.Entry]) {
        let waiter = state.withLock { state in
            state.failures = failures
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: failures)
    }

    /// Returns once every record has its delivery report; throws `DeliveryFailure` if any was not delivered.
    public func wait() async throws {
        let failures: [DeliveryFailure.Entry] = await withCheckedContinuation { continuation in
            let done: [DeliveryFailure.Entry]? = state.withLock { state in
                if let failures = state.failures { return failures }
                state.waiter = continuation
                return nil
            }
            if let done { continuation.resume(returning: done) }
        }
        if !failures.isEmpty { throw DeliveryFailure(failures: failures, batchSize: count) }
    }
}

extension KafkaProducer {
    /// Hands every record to librdkafka now and returns their delivery, to await when it suits.
    public func submit(_ records: [ProducerRecord]) -> PendingDelivery {
        let pending = PendingDelivery(count: records.count)
        enqueue(records) { pending.complete($0) }
        return pending
    }
}
