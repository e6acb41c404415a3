import Foundation
import Hummingbird
import Logging
import MASHCore
import MASHKafka

/// What the gateway serves and where it keeps things.
public struct GatewayConfiguration: Sendable {
    /// The partners file (YAML).
    public var partnersFile: URL
    /// Address and port to listen on.
    public var host: String
    public var port: Int
    /// The gateway's SQLite file.
    public var databasePath: String
    /// The secret that seals what the gateway sends (copies behind one address share it); random by default.
    public var secret: [UInt8]

    public init(partnersFile: URL, host: String = "127.0.0.1", port: Int = 8090, databasePath: String = ".mash/gateway/gateway.sqlite",
                secret: [UInt8]? = nil) {
        self.partnersFile = partnersFile
        self.host = host
        self.port = port
        self.databasePath = databasePath
        var generator = SystemRandomNumberGenerator()
        self.secret = secret ?? (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
}

/// Builds the gateway's service graph without running it: the HTTP application (referrals, batches, status,
/// taskings, OpenAPI document) and the follower that reads the hub's answers into its store. `mash-gateway`
/// runs it; tests build the very same one.
public func buildGateway(configuration: GatewayConfiguration, kafka: KafkaConfiguration, logger: Logger) throws -> some ApplicationProtocol {
    let partners = try PartnerDirectory.load(contentsOf: configuration.partnersFile)
    let store = try GatewayStore(path: configuration.databasePath, secret: configuration.secret)
    let follower = try TopicFollower(name: "gateway", topics: GatewayStore.topics.map(\.rawValue), store: store, kafka: kafka, logger: logger)
    let producer = try KafkaProducer(
        configuration: kafka, options: ProducerOptions(linger: .milliseconds(2), maxMessageBytes: 2 * GatewayLimits.maximumReferralBytes), logger: logger
    )
    let router = buildGatewayRouter(partners: partners, store: store, producer: producer, progress: follower.progress, logger: logger)
    return Application(
        router: router,
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "mash-gateway"),
        services: [follower],
        onServerRunning: { channel in
            logger.info("mash.gateway.listening", metadata: ["mash.gateway.address": .string("\(channel.localAddress?.description ?? "")")])
        },
        logger: logger
    )
}

/// The routes: `/health`, and under `/v1` the OpenAPI document, referrals, batches and taskings.
func buildGatewayRouter(partners: PartnerDirectory, store: GatewayStore, producer: KafkaProducer, progress: FollowerProgress?,
                        logger: Logger) -> Router<GatewayContext> {
    let router = Router(context: GatewayContext.self)
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: PartnerAuthMiddleware(partners: partners, limiter: RateLimiter()))
    router.get("health") { _, _ in "ok" }
    let v1 = router.group("v1")
    v1.get("openapi.json") { _, _ in
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: GatewayOpenAPIDocument.json)))
    }
    v1.get("status") { _, context in
        _ = try context.requirePartner()
        return JSONResponse(value: FollowerStatus(lag: progress?.lag ?? 0, caughtUp: progress?.caughtUp ?? true))
    }
    ReferralsAPI(referrals: PartnerReferrals(store: store, producer: producer, logger: logger), store: store).addRoutes(to: v1)
    TaskingsAPI(store: store, producer: producer).addRoutes(to: v1)
    return router
}

/// How far behind the hub's topics the gateway's answers are.
struct FollowerStatus: Codable, Sendable {
    let lag: Int64
    let caughtUp: Bool
}
