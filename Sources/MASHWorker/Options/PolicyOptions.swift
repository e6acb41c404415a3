import ArgumentParser
import Foundation
import Logging
import MASHStages

/// The hub's threshold policy, for the workers that decide by it (referral, risk, decision).
public struct PolicyOptions: ParsableArguments, Sendable {
    @Option(
        name: .customLong("policy"),
        help: ArgumentHelp("The hub's threshold policy, a YAML file (as policy/default.yaml). Default the built-in policy, identical to policy/default.yaml.", valueName: "file")
    )
    public var file: String?

    public init() {}

    /// The policy the file holds, or the built-in default; a `PolicyFileError` naming each problem's line
    /// refuses the worker's start.
    public func load(logger: Logger) throws -> HubPolicy {
        let policy = try file.map { try HubPolicy.load(contentsOf: URL(fileURLWithPath: $0)) } ?? .default
        logger.info(
            "mash.policy.loaded",
            metadata: ["mash.policy.version": .string(policy.version), "mash.policy.file": .string(file ?? "built-in")]
        )
        return policy
    }
}
