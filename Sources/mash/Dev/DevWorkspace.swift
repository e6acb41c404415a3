import Foundation
import MASHCore
import MASHWorkspace

/// The workspace of a `mash dev` hub: a users file of development logins (one per role, fresh passwords each
/// run), a fresh read model (the embedded broker is new each run), and `mash-workspace`, ready once it answers.
struct DevWorkspace: Sendable {
    /// One development login.
    struct Login: Sendable {
        let user: WorkspaceUser
        let password: String

        /// "login: sam.patel / PASSWORD (Social care manager, Children's Social Care)".
        var line: String { "login: \(user.username) / \(password) (\(user.role), \(user.agency.displayName))" }
    }

    let process: WorkerProcess
    let url: String
    let logins: [Login]

    /// The people a development hub has: one of each role.
    static let people: [(String, String, HubRole, Agency)] = [
        ("hub.manager", "Morgan Hale", .hubManager, .socialCare),
        ("sc.manager", "Sam Patel", .socialCareManager, .socialCare),
        ("police.sergeant", "Kim Ali", .policeSergeant, .police),
        ("researcher", "Lee Okafor", .agencyResearcher, .education),
        ("auditor", "Ana Bell", .auditor, .socialCare),
    ]

    /// Writes the users file, starts the workspace on `port` (another free port if that one is taken) and waits
    /// until it answers.
    static func start(folder: URL, bootstrapServers: String, port: Int, workerArguments: [String], policy: String?) async throws -> DevWorkspace {
        let workspace = folder.appendingPathComponent("workspace")
        try? FileManager.default.removeItem(at: workspace)
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        let logins = people.map { username, name, role, agency in
            let password = randomPassword()
            return Login(user: WorkspaceUser(username: username, name: name, role: role, agency: agency, passwordHash: UserDirectory.hash(password: password, cost: 10)),
                         password: password)
        }
        let usersFile = workspace.appendingPathComponent("users.yaml")
        try UserDirectory.write(logins.map(\.user), to: usersFile,
                                comment: "mash-workspace users, written by mash dev for this run only.\nMake a passwordHash with `mash users hash-password`.")
        let chosen = FreePort.find(preferred: port)
        if port != 0, chosen != port { Console.error("workspace: port \(port) is in use; using \(chosen)") }
        let process = WorkerProcess(
            name: "mash-workspace", executable: try SiblingExecutable.url("mash-workspace"),
            arguments: ["--bootstrap-servers", bootstrapServers, "--users", usersFile.path, "--port", String(chosen),
                        "--database", workspace.appendingPathComponent("read-model.sqlite").path]
                + (policy.map { ["--policy", $0] } ?? []) + workerArguments,
            logFile: folder.appendingPathComponent("logs/mash-workspace.log")
        )
        try? FileManager.default.removeItem(at: process.logFile)
        try process.start()
        let url = "http://127.0.0.1:\(chosen)"
        guard await answers(url + "/health", timeout: .seconds(60)) else {
            throw DevError("the workspace did not answer at \(url) within 60 s (see \(process.logFile.path))")
        }
        return DevWorkspace(process: process, url: url, logins: logins)
    }

    /// 14 letters and digits from an alphabet without look-alikes.
    static func randomPassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY2346789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<14).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// Whether `url` answers 200 within `timeout`.
    private static func answers(_ url: String, timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if await HTTPProbe.status(of: url) == 200 { return true }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return false
    }
}
