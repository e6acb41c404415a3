/// One malformed or adversarial referral message, and what is wrong with it.
public struct HostileReferral: Sendable, Hashable {
    /// The message value exactly as a producer would put it on `mash.referral`.
    public var bytes: [UInt8]
    /// What kind of wrong it is.
    public var kind: HostileKind
    /// What was done to which referral, e.g. `missing field subjects[1].forename (from POL/2026/03/000017)`.
    public var description: String

    /// A hostile referral.
    public init(bytes: [UInt8], kind: HostileKind, description: String) {
        self.bytes = bytes
        self.kind = kind
        self.description = description
    }
}
