import Foundation

/// How a workspace runs.
public struct WorkspaceConfiguration: Sendable {
    /// Address to listen on. Default 127.0.0.1.
    public var host: String
    /// Port to listen on; 0 for any free port. Default 8080.
    public var port: Int
    /// The read model's SQLite file. Default `.mash/workspace/read-model.sqlite`.
    public var databasePath: String
    /// The users file. No default.
    public var usersFile: URL
    /// The secret that signs session cookies; copies behind one address share it. Default a random one (sessions end with the process).
    public var sessionSecret: [UInt8]
    /// Whether the session cookie is marked Secure (sent over HTTPS only). Default false; set it behind TLS.
    public var secureCookies: Bool
    /// The hub's policy version, named on the audit records people's actions write. Default "default-2026.1".
    public var policyVersion: String
    /// The hub's local time, in minutes east of UTC, for times on pages. Default 0.
    public var utcOffsetMinutes: Int

    public init(usersFile: URL, host: String = "127.0.0.1", port: Int = 8080, databasePath: String = ".mash/workspace/read-model.sqlite",
                sessionSecret: [UInt8] = SessionTokens.randomSecret(), secureCookies: Bool = false, policyVersion: String = "default-2026.1",
                utcOffsetMinutes: Int = 0) {
        self.usersFile = usersFile
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.sessionSecret = sessionSecret
        self.secureCookies = secureCookies
        self.policyVersion = policyVersion
        self.utcOffsetMinutes = utcOffsetMinutes
    }
}
