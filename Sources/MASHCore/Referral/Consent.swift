/// Whether the family consented to partner checks, recorded per case.
///
/// Encoded as `{"status": "given" | "refused" | "not-sought" | "overridden", "reason": "..."}`;
/// not-sought and overridden must say why.
public enum Consent: Sendable, Hashable {
    /// Consent was given.
    case given
    /// Consent was refused, optionally with the reason given.
    case refused(reason: String?)
    /// Consent was not sought, and why (e.g. seeking it would place the child at risk).
    case notSought(reason: String)
    /// A refusal was overridden, and the justification (e.g. risk of significant harm).
    case overridden(justification: String)

    /// The status word.
    public var status: ConsentStatus {
        switch self {
        case .given: .given
        case .refused: .refused
        case .notSought: .notSought
        case .overridden: .overridden
        }
    }

    /// The reason or justification recorded, if any.
    public var reason: String? {
        switch self {
        case .given: nil
        case .refused(let reason): reason
        case .notSought(let reason): reason
        case .overridden(let justification): justification
        }
    }
}

/// The status part of `Consent`.
public enum ConsentStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case given
    case refused
    case notSought = "not-sought"
    case overridden
}
