import MASHCore

/// A hub-wide restriction an owning agency asked for, on all its items or on one kind.
///
/// Overrides only ever narrow: the effective disclosure is hub-only if either the item or the override
/// says so, and otherwise shareable with the agencies both allow. The hub cannot widen what the owner
/// marked on the item.
public struct DisclosureOverride: Codable, Sendable, Hashable {
    /// The owning agency.
    public var owner: Agency
    /// The kind of item, or absent for every kind the owner holds.
    public var kind: IntelligenceKind?
    /// The most the owner allows for those items.
    public var disclosure: Disclosure

    /// An override.
    public init(owner: Agency, kind: IntelligenceKind? = nil, disclosure: Disclosure) {
        self.owner = owner
        self.kind = kind
        self.disclosure = disclosure
    }

    /// Whether the override covers `item`.
    public func covers(_ item: IntelligenceItem) -> Bool {
        item.owner == owner && (kind == nil || kind == item.kind)
    }

    /// `disclosure` narrowed by this override.
    public func narrowing(_ disclosure: Disclosure) -> Disclosure {
        if disclosure.hubOnly || self.disclosure.hubOnly { return .withinHubOnly }
        return .shareable(with: disclosure.shareableWith.filter(self.disclosure.shareableWith.contains))
    }
}
