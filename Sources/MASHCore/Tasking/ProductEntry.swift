/// One entry of the sanitised information product a tasked agency receives: either an item its
/// owner lets that agency see, or a notice that something is held but withheld.
///
/// Encoded as `{"itemId", "owner", "kind", "summary", "date"}` or
/// `{"owner", "withheld": true, "notice"}`; the `withheld` key tells them apart.
public enum ProductEntry: Sendable, Hashable {
    /// An item shared with the recipient.
    case shared(SharedItem)
    /// An item held but not shared.
    case withheld(WithheldNotice)

    /// The agency that owns the underlying item.
    public var owner: Agency {
        switch self {
        case .shared(let item): item.owner
        case .withheld(let notice): notice.owner
        }
    }
}

/// The shareable part of an intelligence item.
public struct SharedItem: Sendable, Hashable, Codable {
    /// The item's id.
    public var itemId: String
    /// The owning agency.
    public var owner: Agency
    /// What sort of record.
    public var kind: IntelligenceKind
    /// What it says.
    public var summary: String
    /// When.
    public var date: LocalDate

    /// A shared item.
    public init(itemId: String, owner: Agency, kind: IntelligenceKind, summary: String, date: LocalDate) {
        self.itemId = itemId
        self.owner = owner
        self.kind = kind
        self.summary = summary
        self.date = date
    }

    /// The shareable part of `item`.
    public init(_ item: IntelligenceItem) {
        self.init(itemId: item.itemId, owner: item.owner, kind: item.kind, summary: item.summary, date: item.date)
    }
}

/// The notice that stands in for a withheld item: it names the owner and nothing else.
public struct WithheldNotice: Sendable, Hashable {
    /// The owning agency.
    public var owner: Agency
    /// "confidential information held by <Agency displayName>".
    public var notice: String

    /// The standard notice for `owner`.
    public init(owner: Agency) {
        self.init(owner: owner, notice: "confidential information held by \(owner.displayName)")
    }

    /// A notice with the given wording.
    public init(owner: Agency, notice: String) {
        self.owner = owner
        self.notice = notice
    }
}
