/// A home address in the fictional town of Northfield: postcode areas NF1 to NF9, which are not real
/// UK postcode areas, so no generated address is anyone's real one.
public struct SyntheticAddress: Sendable, Hashable, Codable {
    /// First line: house number and street, e.g. "14 Orchard Close".
    public var line1: String
    /// The locality, e.g. "Eastfield".
    public var locality: String
    /// The town: always "Northfield".
    public var town: String
    /// A well-formed UK-style postcode in the NF area, e.g. "NF4 7QT".
    public var postcode: String

    /// An address from its parts.
    public init(line1: String, locality: String, town: String, postcode: String) {
        self.line1 = line1
        self.locality = locality
        self.town = town
        self.postcode = postcode
    }
}
