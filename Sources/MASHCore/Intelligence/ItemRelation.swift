/// Whose record an item is, as research attaches it: the subject's own (its relation is their relationship
/// to the child, e.g. "mother"), or another person's found through the subject: an adult the agency holds at
/// the child's address, or someone the subject's records name.
public enum ItemRelation {
    /// An adult the agency holds at a child subject's address.
    public static let sameAddress = "same address"

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
