import Synchronization

/// Counts the delivery reports of one batch of produced messages and reports once all are in.
final class DeliveryBatch: Sendable {
    private struct State {
        var remaining: Int
        var failures: [DeliveryFailure.Entry] = []
        var completion: (@Sendable ([DeliveryFailure.Entry]) -> Void)?
    }

    private let state: Mutex<State>

    init(count: Int, completion: @escaping @Sendable ([DeliveryFailure.Entry]) -> Void) {
        state = Mutex(State(remaining: count, completion: completion))
        if count == 0 { finishIfDone() }
    }

    /// Records the outcome of the message at `index` in the batch; a nil error means delivered.
    func record(index: Int, error: KafkaError?) {
        state.withLock { state in
            state.remaining -= 1
            if let error { state.failures.append(.init(index: index, error: error)) }
        }
        finishIfDone()
    }

    private func finishIfDone() {
        let done: ((([DeliveryFailure.Entry]) -> Void), [DeliveryFailure.Entry])? = state.withLock { state in
            guard state.remaining == 0, let completion = state.completion else { return nil }
            state.completion = nil
            return (completion, state.failures.sorted { $0.index < $1.index })
        }
        if let (completion, failures) = done { completion(failures) }
    }
}

/// What a delivery report's opaque pointer carries: the batch and the message's place in it.
final class DeliveryTicket {
    let batch: DeliveryBatch
    let index: Int

    init(batch: DeliveryBatch, index: Int) {
        self.batch = batch
        self.index = index
    }
}

/// Delivery of a batch failed for at least one message.
public struct DeliveryFailure: Error, CustomStringConvertible, Sendable {
    /// One undelivered message: its place in the batch and why.
    public struct Entry: Sendable {
        public let index: Int
        public let error: KafkaError
    }

    /// Every failure, one per undelivered message, in batch order.
    public let failures: [Entry]
    /// How many messages the batch had.
    public let batchSize: Int

    public var description: String {
        let first = failures.first.map { String(describing: $0.error) } ?? "unknown"
        return "\(failures.count) of \(batchSize) messages not delivered; first: \(first)"
    }
}
