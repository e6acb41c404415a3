/// One stage's work: the records to produce for one input message.
///
/// Throwing sends the input to the dead-letter topic with the error's description as the reason, and the
/// batch goes on. A handler must be deterministic apart from processing timestamps, so a replay produces
/// the same outputs.
public protocol StageHandler: Sendable {
    func handle(_ message: ConsumedMessage) throws -> [ProducerRecord]
}

/// A stage handler from a closure.
public struct ClosureStageHandler: StageHandler {
    private let body: @Sendable (ConsumedMessage) throws -> [ProducerRecord]

    public init(_ body: @escaping @Sendable (ConsumedMessage) throws -> [ProducerRecord]) {
        self.body = body
    }

    public func handle(_ message: ConsumedMessage) throws -> [ProducerRecord] {
        try body(message)
    }
}
