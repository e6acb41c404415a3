/// Seals a case's audit records into a hash chain: each names the hash of the record before it and
/// carries its own hash over everything else, so `AuditVerification` finds any record edited, removed or
/// forged without its successors.
///
/// Several writers (the decision worker, the workspace) append to one case; each chains from the latest
/// record it knows of, so a case's records form a tree whose every link must hold.
public struct AuditChain: Sendable {
    /// The hash the next record will follow; nil before the case's first.
    public private(set) var head: String?

    /// A chain continuing from `head`.
    public init(head: String? = nil) {
        self.head = head
    }

    /// `record` linked to the head and hashed; the head moves on to it.
    public mutating func seal(_ record: AuditRecord) -> AuditRecord {
        var sealed = record
        sealed.previousHash = head
        sealed.hash = Self.hash(of: sealed)
        head = sealed.hash
        return sealed
    }

    /// SHA-256, in hex, of the record's canonical JSON without its `hash`.
    public static func hash(of record: AuditRecord) -> String {
        var unsealed = record
        unsealed.hash = ""
        var hasher = SHA256()
        hasher.update((try? MASHJSON.encodeBytes(unsealed)) ?? [])
        return hexString(hasher.finalize())
    }
}
