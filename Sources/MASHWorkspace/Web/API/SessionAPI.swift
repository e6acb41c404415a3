import Hummingbird
import MASHCore

/// `POST /api/session` logs in with a username and password, sets the session cookie the pages use too, and
/// returns the CSRF token every state-changing call must send as `X-CSRF-Token`; `GET` says who is logged
/// in; `DELETE` logs out.
struct SessionAPI {
    let users: UserDirectory
    let cookies: SessionCookies

    struct Credentials: Decodable {
        let username: String
        let password: String
    }

    struct SessionBody: Encodable, Sendable {
        let csrfToken: String
        let user: Practitioner
        let expiresAt: Timestamp
    }

    func addRoutes(to group: RouterGroup<WorkspaceContext>) {
        group.post("session") { request, context in
            let credentials = try await request.decodeJSON(Credentials.self, context: context)
            guard let user = users.authenticate(username: credentials.username, password: credentials.password) else {
                context.logger.notice("mash.workspace.login.refused")
                throw WorkspaceError(.unauthorized, "unknown username or wrong password")
            }
            let session = cookies.tokens.issue(for: user.username)
            context.logger.info("mash.workspace.login", metadata: ["mash.user": .string(user.username)])
            var response = try JSONBody(value: body(session, user)).response(from: request, context: context)
            response.setCookie(cookies.cookie(for: session))
            return response
        }
        group.get("session") { _, context in
            let user = try context.requireUser()
            guard let session = context.session else { throw WorkspaceError(.unauthorized, "log in first: POST /api/session") }
            return JSONBody(value: body(session, user))
        }
        group.delete("session") { request, context in
            var response = Response(status: .noContent)
            response.setCookie(cookies.expired)
            return response
        }
    }

    private func body(_ session: Session, _ user: WorkspaceUser) -> SessionBody {
        SessionBody(csrfToken: session.csrfToken, user: user.practitioner, expiresAt: Timestamp(millisecondsSince1970: session.expiresAt * 1000))
    }
}

/// The session cookie: HttpOnly, SameSite=Strict, and Secure whenever the workspace is reached over HTTPS.
public struct SessionCookies: Sendable {
    let tokens: SessionTokens
    /// Whether browsers must only send it over HTTPS.
    let secure: Bool

    public init(tokens: SessionTokens, secure: Bool) {
        self.tokens = tokens
        self.secure = secure
    }

    func cookie(for session: Session) -> Cookie {
        Cookie(name: LoginMiddleware.cookieName, value: session.token, maxAge: Int(tokens.lifetime.components.seconds), path: "/",
               secure: secure, httpOnly: true, sameSite: .strict)
    }

    var expired: Cookie {
        Cookie(name: LoginMiddleware.cookieName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}
