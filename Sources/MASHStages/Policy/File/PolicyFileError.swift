/// Why a policy file was refused: each problem with the line and column it is on.
public struct PolicyFileError: Error, CustomStringConvertible, Sendable, Hashable {
    /// One thing wrong with the file.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The line, from 1; nil when the problem is with the file as a whole.
        public var line: Int?
        /// The column, from 1, when known.
        public var column: Int?
        /// Where in the policy, e.g. `taskings[3].recipient`; empty for a syntax error or the file as a whole.
        public var path: PolicyPath
        /// What is wrong, in words a policy author can act on.
        public var message: String

        /// A problem at `line`:`column`.
        public init(line: Int?, column: Int?, path: PolicyPath, message: String) {
            self.line = line
            self.column = column
            self.path = path
            self.message = message
        }

        /// "line 12, column 5: taskings[3].recipient: ..." (as much as is known).
        public var description: String {
            var parts: [String] = []
            if let line { parts.append(column.map { "line \(line), column \($0)" } ?? "line \(line)") }
            if !path.components.isEmpty { parts.append(path.description) }
            parts.append(message)
            return parts.joined(separator: ": ")
        }
    }

    /// The file, as it was named.
    public var file: String
    /// Every problem found, in file order.
    public var problems: [Problem]

    /// A refusal of `file` for `problems`.
    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    /// "policy FILE refused:" and one problem per line, each "FILE:LINE:COLUMN: path: message".
    public var description: String {
        let lines = problems.map { problem -> String in
            var location = file
            if let line = problem.line { location += ":\(line)" + (problem.column.map { ":\($0)" } ?? "") }
            let path = problem.path.components.isEmpty ? "" : "\(problem.path): "
            return "  \(location): \(path)\(problem.message)"
        }
        return "policy \(file) refused:\n" + lines.joined(separator: "\n")
    }
}
