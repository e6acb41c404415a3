import Foundation
import Hummingbird
import Logging
import MASHCore
import MASHKafka

/// Builds the workspace's service graph without running it: the HTTP application (pages, JSON API, OpenAPI
/// document) with the follower that reads the case topics into its read model. `mash-workspace` runs it;
/// tests build the very same one.
public func buildWorkspace(configuration: WorkspaceConfiguration, kafka: KafkaConfiguration, logger: Logger) throws -> some ApplicationProtocol {
    let users = try UserDirectory.load(contentsOf: configuration.usersFile)
    let store = try CaseStore(path: configuration.databasePath)
    let follower = try TopicFollower.readModel(store: store, kafka: kafka, logger: logger)
    let desk = CaseDesk(store: store, actions: try HubActions(kafka: kafka, logger: logger), policyVersion: configuration.policyVersion)
    let router = buildRouter(store: store, desk: desk, users: users, progress: follower.progress, configuration: configuration)
    return Application(
        router: router,
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "mash-workspace"),
        services: [follower],
        onServerRunning: { channel in
            logger.info("mash.workspace.listening", metadata: ["mash.workspace.address": .string("\(channel.localAddress?.description ?? "")")])
        },
        logger: logger
    )
}

/// The routes: pages, assets, the JSON API under `/api`, and `/health`.
func buildRouter(store: CaseStore, desk: CaseDesk, users: UserDirectory, progress: ReadModelProgress?,
                 configuration: WorkspaceConfiguration) -> Router<WorkspaceContext> {
    let tokens = SessionTokens(secret: configuration.sessionSecret)
    let cookies = SessionCookies(tokens: tokens, secure: configuration.secureCookies)
    let router = Router(context: WorkspaceContext.self)
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: LoginMiddleware(tokens: tokens, users: users))
    router.get("health") { _, _ in "ok" }
    Assets.addRoutes(to: router)
    let api = router.group("api")
    api.get("openapi.json") { _, _ in
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
    }
    api.get("status") { _, context in
        _ = try context.requireUser()
        let counts = try store.counts()
        return JSONBody(value: ReadModelStatus(lag: progress?.lag ?? 0, caughtUp: progress?.caughtUp ?? true, cases: counts.cases, messages: counts.messages))
    }
    SessionAPI(users: users, cookies: cookies).addRoutes(to: api)
    CasesAPI(store: store, desk: desk).addRoutes(to: api)
    if let renderer = try? PageRenderer(clock: HubClock(utcOffsetMinutes: configuration.utcOffsetMinutes), progress: progress) {
        PageRoutes(store: store, desk: desk, users: users, cookies: cookies, renderer: renderer).addRoutes(to: router)
    }
    return router
}

/// How far behind the topics the read model is.
struct ReadModelStatus: Encodable, Sendable {
    let lag: Int64
    let caughtUp: Bool
    let cases: Int
    let messages: Int
}
