import HTTPTypes
import Hummingbird

/// Finds the session cookie's user, and refuses any state-changing API call whose `X-CSRF-Token` header is
/// not the session's. (Pages check the token their forms carry; logging in needs no session yet.)
struct LoginMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext
    static let cookieName = "mash_session"

    let tokens: SessionTokens
    let users: UserDirectory

    func handle(_ request: Request, context: WorkspaceContext, next: (Request, WorkspaceContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookieName]?.value, let session = tokens.session(from: token),
           let user = users.user(named: session.username) {
            context.session = session
            context.user = user
        }
        let path = request.uri.path
        let changes = ![.get, .head, .options].contains(request.method)
        if changes, path.hasPrefix("/api/"), !(path == "/api/session" && request.method == .post) {
            guard let session = context.session else { throw WorkspaceError(.unauthorized, "log in first: POST /api/session") }
            guard session.acceptsCSRF(request.headers[.csrfToken]) else {
                throw WorkspaceError(.forbidden, "the X-CSRF-Token header is missing or not this session's", field: "X-CSRF-Token")
            }
        }
        return try await next(request, context)
    }
}

extension HTTPField.Name {
    /// `X-CSRF-Token`.
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
}
