/// The make-up of a household.
public enum HouseholdKind: String, Sendable, Hashable, Codable, CaseIterable {
    case singleAdult = "single-adult"
    case couple
    case coupleWithChildren = "couple-with-children"
    case loneParent = "lone-parent"
    /// A parent, the parent's new partner and the parent's children.
    case blendedFamily = "blended-family"
    /// Parents or a parent, children and grandparents.
    case multiGeneration = "multi-generation"
    /// A family with a lodger.
    case familyWithLodger = "family-with-lodger"
    /// Unrelated adults sharing.
    case sharedHouse = "shared-house"

    /// Whether children live in households of this kind.
    public var hasChildren: Bool {
        switch self {
        case .singleAdult, .couple, .sharedHouse: false
        default: true
        }
    }
}
