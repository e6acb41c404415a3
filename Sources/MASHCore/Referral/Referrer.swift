/// The professional or person who made the referral.
public struct Referrer: Sendable, Hashable, Codable {
    /// The partner agency they work for, if any.
    public var agency: Agency?
    /// Their name.
    public var name: String
    /// Their role, e.g. "Designated Safeguarding Lead".
    public var role: String?
    /// Their organisation, e.g. a school's name.
    public var organisation: String?
    /// How to reach them (phone or secure email).
    public var contact: String?

    /// A referrer; only the name is required.
    public init(agency: Agency? = nil, name: String, role: String? = nil, organisation: String? = nil, contact: String? = nil) {
        self.agency = agency
        self.name = name
        self.role = role
        self.organisation = organisation
        self.contact = contact
    }
}
