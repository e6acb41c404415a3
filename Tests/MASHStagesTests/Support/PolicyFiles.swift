import Foundation
@testable import MASHStages

/// The policy files the repository ships, in `policy/`.
enum PolicyFiles {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("policy")

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    static func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    static let defaultPolicy: HubPolicy = load("default.yaml")
    static let surreyExample: HubPolicy = load("surrey-example.yaml")

    private static func load(_ name: String) -> HubPolicy {
        do {
            return try HubPolicy.load(contentsOf: url(name))
        } catch {
            fatalError("\(name) does not load: \(error)")
        }
    }

    /// The 1-based line of the first line of `text` that contains `fragment`.
    static func line(of fragment: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(fragment) }.map { $0 + 1 }
    }

    /// The refusal `text` earns, or nil if it loads.
    static func refusal(_ text: String) -> PolicyFileError? {
        do {
            _ = try HubPolicy.parse(yaml: text, file: "test.yaml")
            return nil
        } catch let error as PolicyFileError {
            return error
        } catch {
            return PolicyFileError(file: "test.yaml", problems: [.init(line: nil, column: nil, path: PolicyPath(), message: "unexpected \(error)")])
        }
    }
}
