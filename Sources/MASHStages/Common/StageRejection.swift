/// Why a stage could not process a message; the Kafka runner dead-letters the message with `description`.
public struct StageRejection: Error, CustomStringConvertible, Sendable, Hashable {
    /// What was wrong, and where, in words an operator can act on.
    public var reason: String

    /// A rejection with its reason.
    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
