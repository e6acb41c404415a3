import MASHCore

/// What may leave the hub: the consent threshold, the lawful bases that need consent below it, and each
/// agency's standing disclosure rules.
public struct SharingPolicy: Codable, Sendable, Hashable {
    /// From this level (child protection), items are shared without the family's consent; below it only
    /// with consent given or overridden, for items held under a regime in `consentNeededUnder`.
    public var withoutConsentFromLevel: Level
    /// The data protection regimes whose items need consent below `withoutConsentFromLevel` (Haringey).
    public var consentNeededUnder: [DataRegime]
    /// Owners' standing rules per kind of item; items otherwise carry their own disclosure.
    public var disclosureRules: DisclosureRules
    /// The only agencies research searches when consent was refused or not sought and the case screened
    /// below `withoutConsentFromLevel` (consent limits what is searched as well as what is shared).
    public var researchWithoutConsent: [Agency]

    /// A sharing policy.
    public init(withoutConsentFromLevel: Level, consentNeededUnder: [DataRegime], disclosureRules: DisclosureRules,
                researchWithoutConsent: [Agency]) {
        self.withoutConsentFromLevel = withoutConsentFromLevel
        self.consentNeededUnder = consentNeededUnder
        self.disclosureRules = disclosureRules
        self.researchWithoutConsent = researchWithoutConsent
    }

    /// The agencies a case screened at `level` with `consent` may have searched, or nil for every agency.
    public func researchLimit(level: Level, consent: Consent) -> [Agency]? {
        guard level < withoutConsentFromLevel else { return nil }
        switch consent {
        case .given, .overridden: return nil
        case .refused, .notSought: return researchWithoutConsent
        }
    }
}
