/// One thing wrong with a policy's values: where, and why the stages cannot work with it.
public struct PolicyProblem: Sendable, Hashable, CustomStringConvertible {
    /// Where, e.g. `researchDeadlines.amber.hours`.
    public var path: PolicyPath
    /// What is wrong.
    public var message: String

    /// A problem at `path`.
    public init(path: PolicyPath, message: String) {
        self.path = path
        self.message = message
    }

    /// "path: message".
    public var description: String { "\(path): \(message)" }
}
