/// A postal address as the referrer gave it; every part may be missing.
public struct Address: Sendable, Hashable, Codable {
    /// First line, e.g. "14 Orchard Close".
    public var line1: String?
    /// Second line.
    public var line2: String?
    /// Town or city.
    public var town: String?
    /// Postcode as given (see `PostcodeNormaliser` for the canonical form).
    public var postcode: String?

    /// An address from whatever parts are known.
    public init(line1: String? = nil, line2: String? = nil, town: String? = nil, postcode: String? = nil) {
        self.line1 = line1
        self.line2 = line2
        self.town = town
        self.postcode = postcode
    }
}
