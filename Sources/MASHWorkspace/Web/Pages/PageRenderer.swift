import Hummingbird
import Mustache

/// Renders the workspace's pages from their templates, inside the layout.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    let clock: HubClock
    let progress: ReadModelProgress?

    init(clock: HubClock, progress: ReadModelProgress?) throws {
        library = MustacheLibrary(templates: [
            "layout": try MustacheTemplate(string: PageTemplates.layout),
            "login": try MustacheTemplate(string: PageTemplates.login),
            "queue": try MustacheTemplate(string: PageTemplates.queue),
            "case": try MustacheTemplate(string: PageTemplates.casePage),
            "taskings": try MustacheTemplate(string: PageTemplates.taskings),
            "rationale": try MustacheTemplate(string: PageTemplates.rationale),
        ])
        self.clock = clock
        self.progress = progress
    }

    /// `view` rendered with `template`, inside the layout.
    func page(_ template: String, _ view: Any, title: String, context: WorkspaceContext, status: HTTPResponse.Status = .ok) -> HTMLPage {
        let body = library.render(view, withTemplate: template) ?? ""
        let layout = LayoutView(title: title, user: context.user, session: context.session, onQueue: template == "queue",
                                progress: context.user == nil ? nil : progress, body: body)
        return HTMLPage(status: status, html: library.render(layout, withTemplate: "layout") ?? "")
    }
}

/// An HTML response.
struct HTMLPage: ResponseGenerator {
    var status: HTTPResponse.Status = .ok
    let html: String

    func response(from request: Request, context: some RequestContext) throws -> Response {
        response
    }

    var response: Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
