import ArgumentParser
import Foundation
import Logging
import MASHCore

/// The hub's key secret, which makes every child's partition key (`PartitionKeys`): every copy of the
/// referral worker must hold the same one.
public struct KeySecretOptions: ParsableArguments, Sendable {
    @Option(
        name: .customLong("key-secret-file"),
        help: ArgumentHelp("A file holding the hub's key secret (at least 16 characters). Default $MASH_KEY_SECRET, else a built-in development secret.", valueName: "file")
    )
    public var file: String?

    public init() {}

    /// The keys under the configured secret; the development secret, with a warning, when none is set.
    public func load(logger: Logger) throws -> PartitionKeys {
        let text = try file.map { try String(contentsOfFile: $0, encoding: .utf8) } ?? Environment.keySecret
        guard let secret = text?.trimmingCharacters(in: .whitespacesAndNewlines), !secret.isEmpty else {
            logger.warning("mash.keys.development-secret", metadata: ["mash.keys.hint": "set MASH_KEY_SECRET: keys made with the built-in secret can be matched to names"])
            return .development
        }
        guard secret.utf8.count >= 16 else { throw ValidationError("the key secret must be at least 16 characters") }
        return PartitionKeys(secret: Array(secret.utf8))
    }
}
