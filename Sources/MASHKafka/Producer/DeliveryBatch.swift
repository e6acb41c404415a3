import Synchronization

/// Counts the delivery reports of one batch of produced messages and reports once all are in.
final class DeliveryBatch: Sendable {
    private struct State {
        var remaining: Int
        var failures: [KafkaError] = []
        var completion: (@Sendable ([KafkaError]) -> Void)?
    }

    private let state: Mutex<State>

    init(count: Int, completion: @escaping @Sendable ([KafkaError]) -> Void) {
        state = Mutex(State(remaining: count, completion: completion))
        if count == 0 { finishIfDone() }
    }

    /// Records one message's outcome; nil means delivered.
    func record(_ failure: KafkaError?) {
        state.withLock { state in
            state.remaining -= 1
            if let failure { state.failures.append(failure) }
        }
        finishIfDone()
    }

    private func finishIfDone() {
        let done: (([KafkaError]) -> Void, [KafkaError])? = state.withLock { state in
            guard state.remaining == 0, let completion = state.completion else { return nil }
            state.completion = nil
            return (completion, state.failures)
        }
        if let (completion, failures) = done { completion(failures) }
    }
}

/// Delivery of a batch failed for at least one message.
public struct DeliveryFailure: Error, CustomStringConvertible, Sendable {
    /// Every failure, one per undelivered message.
    public let failures: [KafkaError]
    /// How many messages the batch had.
    public let batchSize: Int

    public var description: String {
        let first = failures.first.map(String.init(describing:)) ?? "unknown"
        return "\(failures.count) of \(batchSize) messages not delivered; first: \(first)"
    }
}
