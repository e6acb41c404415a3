import Foundation
import MASHCore
import Yams

extension HubPolicy {
    /// The policy in a YAML file, or a `PolicyFileError` naming the line and reason of every problem:
    /// YAML syntax, keys no part of the policy has, values of the wrong kind, codes that do not exist and
    /// values the policy cannot work with (see `problems()`).
    public static func load(contentsOf url: URL) throws -> HubPolicy {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PolicyFileError(file: url.path, problems: [
                .init(line: nil, column: nil, path: PolicyPath(), message: "cannot be read (\(error.localizedDescription))"),
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PolicyFileError(file: url.path, problems: [
                .init(line: nil, column: nil, path: PolicyPath(), message: "is not UTF-8 text"),
            ])
        }
        return try parse(yaml: text, file: url.path)
    }

    /// The policy in YAML `text`; `file` names it in errors.
    public static func parse(yaml text: String, file: String = "policy") throws -> HubPolicy {
        let root = try PolicyDocument.root(of: text, file: file)
        let keyUse = NodeKeyUse()
        let policy: HubPolicy
        do {
            policy = try NodeDecoder(node: root, keyUse: keyUse).decode(HubPolicy.self)
        } catch let error as DecodingError {
            // A misspelt key often shows first as a missing one: report the unknown keys beside it.
            var problems = PolicyDocument.misspeltKeys(in: root, missing: error)
            problems.append(PolicyDocument.problem(for: error, in: root))
            throw PolicyFileError(file: file, problems: problems)
        }
        var problems = keyUse.unusedKeys(in: root).map { unknown in
            PolicyDocument.problem(at: unknown.key.mark, path: unknown.path, message: "unknown key: no part of the policy is called \"\(unknown.key.string ?? "?")\" here")
        }
        problems += policy.problems().map { problem in
            PolicyDocument.problem(at: PolicyDocument.mark(of: problem.path, in: root), path: problem.path, message: problem.message)
        }
        guard problems.isEmpty else {
            throw PolicyFileError(file: file, problems: problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        return policy
    }
}
