/// A named, accountable person in the hub, as recorded on sign-offs, escalations and audit records.
public struct Practitioner: Sendable, Hashable, Codable {
    /// Their login name in the workspace.
    public var username: String
    /// Their name as it appears on decisions, e.g. "Sam Patel".
    public var name: String
    /// What they do in the hub.
    public var role: HubRole
    /// The agency they work for.
    public var agency: Agency

    /// A practitioner.
    public init(username: String, name: String, role: HubRole, agency: Agency) {
        self.username = username
        self.name = name
        self.role = role
        self.agency = agency
    }

    /// "Sam Patel (Social care manager, Children's Social Care)": who decided, on a decision.
    public var signature: String { "\(name) (\(role), \(agency.displayName))" }
}
