/// A tasking as listed on an outcome: who was asked to do what.
public struct TaskingSummary: Sendable, Hashable, Codable {
    /// The tasking's identifier.
    public var taskingId: String
    /// The agency tasked.
    public var recipient: Agency
    /// What it was asked to do.
    public var action: TaskingAction

    /// A summary line.
    public init(taskingId: String, recipient: Agency, action: TaskingAction) {
        self.taskingId = taskingId
        self.recipient = recipient
        self.action = action
    }
}
