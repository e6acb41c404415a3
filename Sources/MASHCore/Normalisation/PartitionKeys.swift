/// The Kafka key of a child's messages: a keyed hash of the child's identity (`SubjectKey`), so no name, date
/// of birth or identifier is ever in a key (or in the `subjectKey` a message carries), yet every worker that
/// holds the hub's key secret gives the same child the same key, and so the same partition.
public struct PartitionKeys: Sendable {
    private let secret: [UInt8]

    /// Keys under the hub's secret (at least 16 bytes; `MASH_KEY_SECRET` in the workers).
    public init(secret: [UInt8]) {
        self.secret = secret
    }

    /// The built-in secret, for development and tests: a hub sets its own, or a name and date of birth can be
    /// tried against its keys.
    public static let development = PartitionKeys(secret: Array("mash development key secret: set MASH_KEY_SECRET".utf8))

    /// "sk:" and 32 hex digits, for a child identity such as `nhs:9434765919`.
    public func key(forIdentity identity: String) -> String {
        "sk:" + String(hexString(HMACSHA256.code(key: secret, message: Array(identity.utf8))).prefix(32))
    }

    /// The key of a referral's child (see `SubjectKey`).
    public func key(for referral: Referral) -> String {
        key(forIdentity: SubjectKey.of(referral))
    }
}
