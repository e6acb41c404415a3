/// One thing wrong with a message: where (a field path such as `subjects[1].dateOfBirth`) and what.
public struct ValidationProblem: Sendable, Hashable, Codable, CustomStringConvertible, Error {
    /// The field path, e.g. `subjects[1].dateOfBirth`.
    public var path: String
    /// What is wrong, in words a referrer can act on.
    public var message: String

    /// A problem at `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// "path: message".
    public var description: String { "\(path): \(message)" }
}
