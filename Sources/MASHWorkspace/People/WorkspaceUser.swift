import MASHCore

/// A person who may log in to the workspace: who they are in the hub, and their password's bcrypt hash.
public struct WorkspaceUser: Sendable, Hashable, Codable {
    /// Login name: letters, digits, '.', '-' or '_'.
    public var username: String
    /// Their name as decisions show it.
    public var name: String
    public var role: HubRole
    public var agency: Agency
    /// bcrypt hash of the password (`$2b$...`), never the password itself.
    public var passwordHash: String

    public init(username: String, name: String, role: HubRole, agency: Agency, passwordHash: String) {
        self.username = username
        self.name = name
        self.role = role
        self.agency = agency
        self.passwordHash = passwordHash
    }

    /// The person, as sign-offs, escalations and audit records name them.
    public var practitioner: Practitioner {
        Practitioner(username: username, name: name, role: role, agency: agency)
    }
}
