import Hummingbird
import MASHCore

/// A request as the workspace handles it: who is logged in, if anyone.
public struct WorkspaceContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The logged-in user.
    public var user: WorkspaceUser?
    /// Their session.
    public var session: Session?

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Request bodies are small here: a sign-off's reasons are at most 4,000 characters.
    public var maxUploadSize: Int { 64 * 1024 }

    /// The logged-in user, or 401.
    func requireUser() throws -> WorkspaceUser {
        guard let user else { throw WorkspaceError(.unauthorized, "log in first: POST /api/session") }
        return user
    }

    /// The logged-in user if their role may do `permission`; 401 or 403 otherwise.
    func require(_ permission: HubPermission) throws -> WorkspaceUser {
        let user = try requireUser()
        guard user.role.may(permission) else {
            throw WorkspaceError(.forbidden, "a \(user.role.description.lowercased()) may not \(permission.rawValue)")
        }
        return user
    }
}
