/// Whose record an item is, as research attaches it: the subject's own (its relation is their relationship
/// to the child, e.g. "mother"), or another person's found through the subject: an adult the agency holds at
/// the child's address, or someone the subject's records name.
public enum ItemRelation {
    /// An adult the agency holds at a child subject's address.
    public static let sameAddress = "same address"

    /// Another child the agency holds at a child subject's address.
    public static let childAtSameAddress = "child at the same address"

    /// A child the records of a parent or carer subject name: a child of the family.
    public static func childOfFamily(namedBy subjectId: String) -> String { "child of the family, named in \(subjectId)'s records" }

    /// Whether `relation` marks another child of the household: at the child's address, or named by a parent's records.
    public static func isHouseholdChild(_ relation: String?) -> Bool {
        relation == childAtSameAddress || relation?.hasPrefix("child of the family, named in ") == true
    }

    /// Whether `relation` marks someone else living in the child's household (an adult or a child found there,
    /// or a child of the family): their factors are another household member's (C).
    public static func isHouseholdMember(_ relation: String?) -> Bool {
        relation == sameAddress || isHouseholdChild(relation)
    }

    /// The alleged perpetrator an incident on the subject's record names.
    public static func allegedPerpetrator(inIncident recordId: String) -> String { "alleged perpetrator in incident \(recordId)" }

    /// A known associate the subject's record names.
    public static func knownAssociate(of subjectId: String) -> String { "known associate of \(subjectId)" }

    /// Whether `relation` marks a record of someone named by the subject's records rather than in the household.
    public static func isNamedAssociate(_ relation: String?) -> Bool {
        guard let relation else { return false }
        return relation.hasPrefix("alleged perpetrator in incident ") || relation.hasPrefix("known associate of ")
    }
}
