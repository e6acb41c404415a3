import HTTPTypes
import Hummingbird
import MASHCore

/// Finds the partner whose API key the request presents (`Authorization: Bearer <key>`, or `X-API-Key`) and
/// holds it to its rate: 401 without a known key, 429 with `Retry-After` over the rate. Only `/health` and
/// the OpenAPI document are open.
struct PartnerAuthMiddleware: RouterMiddleware {
    typealias Context = GatewayContext

    let partners: PartnerDirectory
    let limiter: RateLimiter

    static let openPaths: Set<String> = ["/health", "/v1/openapi.json"]

    func handle(_ request: Request, context: GatewayContext, next: (Request, GatewayContext) async throws -> Response) async throws -> Response {
        if Self.openPaths.contains(request.uri.path) { return try await next(request, context) }
        guard let key = Self.presentedKey(request), let partner = partners.partner(presenting: key) else {
            throw GatewayError(.unauthorized, "a known API key is required: Authorization: Bearer <key>",
                               headers: [.wwwAuthenticate: "Bearer realm=\"mash-gateway\""])
        }
        if let wait = limiter.take(partner.id, perMinute: partner.requestsPerMinute ?? GatewayLimits.defaultRequestsPerMinute) {
            let seconds = max(1, Int(wait.seconds.rounded(.up)))
            throw GatewayError(.tooManyRequests, "over \(partner.requestsPerMinute ?? GatewayLimits.defaultRequestsPerMinute) requests a minute; retry after \(seconds) s",
                               headers: [.retryAfter: String(seconds)])
        }
        var context = context
        context.partner = partner
        return try await next(request, context)
    }

    static func presentedKey(_ request: Request) -> String? {
        if let authorization = request.headers[.authorization] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" { return String(parts[1]).trimmingCharacters(in: .whitespaces) }
            return nil
        }
        return request.headers[.apiKey]
    }
}

extension HTTPField.Name {
    /// `X-API-Key`.
    static let apiKey = HTTPField.Name("X-API-Key")!
    /// `Idempotency-Key`.
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    /// `Idempotent-Replayed`: set on a response repeated for a retried `Idempotency-Key`.
    static let idempotentReplayed = HTTPField.Name("Idempotent-Replayed")!
}
