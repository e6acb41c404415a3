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

    /// A sharing policy.
    public init(withoutConsentFromLevel: Level, consentNeededUnder: [DataRegime], disclosureRules: DisclosureRules) {
        self.withoutConsentFromLevel = withoutConsentFromLevel
        self.consentNeededUnder = consentNeededUnder
        self.disclosureRules = disclosureRules
    }
}
