import MASHCore

/// What the layout shows around every page.
struct LayoutView {
    struct User {
        let name: String
        let role: String
        let agency: String
        let csrf: String
        let onQueue: Bool
    }

    struct ReadModel {
        let state: String
        let text: String
    }

    let title: String
    let user: User?
    let readModel: ReadModel?
    let body: String

    init(title: String, user: WorkspaceUser?, session: Session?, onQueue: Bool = false, progress: ReadModelProgress?, body: String) {
        self.title = title
        if let user, let session {
            self.user = User(name: user.name, role: user.role.description, agency: user.agency.displayName, csrf: session.csrfToken, onQueue: onQueue)
        } else {
            self.user = nil
        }
        self.readModel = progress.map { progress in
            if !progress.caughtUp {
                return ReadModel(state: "behind", text: "Reading the case record: \(max(0, progress.lag)) messages still to read; the queue is incomplete.")
            }
            return progress.lag > 50
                ? ReadModel(state: "behind", text: "The case record is \(progress.lag) messages behind the hub.")
                : ReadModel(state: "current", text: "Case record up to date.")
        }
        self.body = body
    }
}

/// The login page.
struct LoginView {
    let csrf: String
    let username: String
    let error: String?
}
