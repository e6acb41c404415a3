/// How a person stands in their household.
public enum HouseholdRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Under 18.
    case child
    /// A parent of the household's children.
    case parent
    /// A parent's partner who is not the children's parent (e.g. mother's new partner).
    case partner
    /// A parent's parent living with the family.
    case grandparent
    /// An unrelated adult renting a room.
    case lodger
    /// An adult in a household without children (living alone, a couple, sharing).
    case adult
}
