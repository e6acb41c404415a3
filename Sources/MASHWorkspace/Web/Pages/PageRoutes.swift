import Foundation
import Hummingbird
import MASHCore

/// The pages people use in the browser: log in, the queue, a case with its sign-off and escalation forms.
/// Forms carry the session's CSRF token; the login form a token of its own cookie (double submit).
struct PageRoutes {
    let store: CaseStore
    let desk: CaseDesk
    let users: UserDirectory
    let cookies: SessionCookies
    let renderer: PageRenderer

    static let loginCookie = "mash_login"

    struct LoginForm: Decodable {
        let username: String?
        let password: String?
        let csrf: String?
    }

    struct SignOffForm: Decodable {
        let csrf: String?
        let action: String?
        let rationale: String?
        let outcome: String?
        let level: String?
        let proposalDigest: String?
    }

    struct TextForm: Decodable {
        let csrf: String?
        let reason: String?
        let resolution: String?
    }

    struct CSRFForm: Decodable {
        let csrf: String?
    }

    func addRoutes(to router: Router<WorkspaceContext>) {
        router.get("/") { _, _ in Response.redirect(to: "/queue", type: .found) }
        router.get("login") { _, context in try loginPage(context: context, username: "", error: nil) }
        router.post("login") { request, context in try await login(request, context: context) }
        router.post("logout") { request, context in
            let form = try await Self.form(CSRFForm.self, request, context)
            guard context.session?.acceptsCSRF(form.csrf) == true else { throw WorkspaceError(.forbidden, "the form's CSRF token is not this session's") }
            var response = Response.redirect(to: "/login", type: .normal)
            response.setCookie(cookies.expired)
            return response
        }
        router.get("queue") { request, context in
            guard let user = context.user, user.role.may(.viewCases) else { return try loginRedirect() }
            let filter = try QueueFilter(request.uri.queryParameters["status"].map(String.init))
            let view = QueueView(cases: try filter.cases(in: store), filter: filter, counts: try store.queueCounts(), clock: renderer.clock)
            return renderer.page("queue", view, title: "Queue", context: context).response
        }
        router.get("dashboard") { request, context in
            guard let user = context.user, user.role.may(.viewCases) else { return try loginRedirect() }
            let days = request.uri.queryParameters["days"].flatMap { Int($0) }.map { min(max($0, 1), 366) } ?? 30
            return try Dashboard.page(store: store, days: days)
        }
        router.get("cases/:caseId") { request, context in
            guard let user = context.user, let session = context.session else { return try loginRedirect() }
            let record = try desk.record(try context.parameters.require("caseId"))
            let notice = request.uri.queryParameters["notice"].flatMap { Self.notices[String($0)] }
            let view = CaseView(record: record, user: user, session: session, clock: renderer.clock, notice: notice)
            return renderer.page("case", view, title: "Case \(record.caseId)", context: context).response
        }
        router.post("cases/:caseId/sign-off") { request, context in
            try await act(request, context, SignOffForm.self, notice: "signed", csrf: \.csrf, draft: \.rationale) { form, user, caseId in
                let request = SignOffRequest(action: form.action, rationale: form.rationale, outcome: Self.nonEmpty(form.outcome),
                                             level: Self.nonEmpty(form.level).flatMap(Int.init), proposalDigest: form.proposalDigest)
                _ = try await desk.signOff(caseId, request, by: user)
            }
        }
        router.post("cases/:caseId/escalation") { request, context in
            try await act(request, context, TextForm.self, notice: "escalated", csrf: \.csrf) { form, user, caseId in
                _ = try await desk.escalate(caseId, reason: form.reason, by: user)
            }
        }
        router.post("cases/:caseId/escalation/resolution") { request, context in
            try await act(request, context, TextForm.self, notice: "resolved", csrf: \.csrf) { form, user, caseId in
                _ = try await desk.resolve(caseId, escalationId: nil, resolution: form.resolution, by: user)
            }
        }
    }

    static let notices = [
        "signed": "Signed off. The decision worker issues the outcome and taskings now.",
        "escalated": "Escalated: the case is back in the hub manager's queue.",
        "resolved": "The resolution is recorded.",
    ]

    /// Runs a form's action as the logged-in user and goes back to the case; a refusal is shown on the case page.
    private func act<Form: Decodable>(_ request: Request, _ context: WorkspaceContext, _ type: Form.Type, notice: String,
                                      csrf: KeyPath<Form, String?>, draft: KeyPath<Form, String?>? = nil,
                                      _ body: (Form, WorkspaceUser, String) async throws -> Void) async throws -> Response {
        guard let user = context.user, let session = context.session else { return try loginRedirect() }
        let caseId = try context.parameters.require("caseId")
        let form = try await Self.form(type, request, context)
        guard session.acceptsCSRF(form[keyPath: csrf]) else { throw WorkspaceError(.forbidden, "the form's CSRF token is not this session's") }
        do {
            try await body(form, user, caseId)
        } catch let error as WorkspaceError where error.status != .notFound {
            let record = try desk.record(caseId)
            let reason = error.field.map { "\($0): \(error.reason)" } ?? error.reason
            let view = CaseView(record: record, user: user, session: session, clock: renderer.clock, errors: [reason],
                                draft: draft.flatMap { form[keyPath: $0] } ?? "")
            return renderer.page("case", view, title: "Case \(caseId)", context: context, status: error.status).response
        }
        return Response.redirect(to: "/cases/\(caseId)?notice=\(notice)", type: .normal)
    }

    private func loginPage(context: WorkspaceContext, username: String, error: String?, status: HTTPResponse.Status = .ok) throws -> Response {
        let token = SessionTokens.base64URL(SessionTokens.randomSecret())
        let page = renderer.page("login", LoginView(csrf: token, username: username, error: error), title: "Log in", context: context, status: status)
        var response = page.response
        response.setCookie(Cookie(name: Self.loginCookie, value: token, maxAge: 3600, path: "/login", secure: cookies.secure, httpOnly: true, sameSite: .strict))
        return response
    }

    private func login(_ request: Request, context: WorkspaceContext) async throws -> Response {
        let form = try await Self.form(LoginForm.self, request, context)
        guard let expected = request.cookies[Self.loginCookie]?.value, let given = form.csrf, expected == given else {
            return try loginPage(context: context, username: form.username ?? "", error: "The login form expired; please try again.", status: .forbidden)
        }
        guard let user = users.authenticate(username: form.username ?? "", password: form.password ?? "") else {
            context.logger.notice("mash.workspace.login.refused")
            return try loginPage(context: context, username: form.username ?? "", error: "Unknown username or wrong password.", status: .unauthorized)
        }
        context.logger.info("mash.workspace.login", metadata: ["mash.user": .string(user.username)])
        var response = Response.redirect(to: "/queue", type: .normal)
        response.setCookie(cookies.cookie(for: cookies.tokens.issue(for: user.username)))
        return response
    }

    private func loginRedirect() throws -> Response {
        Response.redirect(to: "/login", type: .normal)
    }

    private static func nonEmpty(_ text: String?) -> String? {
        text.flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func form<Form: Decodable>(_ type: Form.Type, _ request: Request, _ context: WorkspaceContext) async throws -> Form {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        do {
            return try URLEncodedFormDecoder().decode(type, from: String(buffer: buffer))
        } catch {
            throw WorkspaceError(.badRequest, "the form could not be read")
        }
    }
}
