import Hummingbird

/// What a request to the gateway carries through its handlers: the partner its key belongs to.
public struct GatewayContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The authenticated partner; nil only on the open routes (`/health`, `/v1/openapi.json`).
    public var partner: Partner?

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// The largest body any route takes (a batch file); each route applies its own, smaller limit.
    public var maxUploadSize: Int { GatewayLimits.maximumBatchBytes }

    /// The authenticated partner, or 401.
    func requirePartner() throws -> Partner {
        guard let partner else { throw GatewayError(.unauthorized, "present your API key: Authorization: Bearer <key>") }
        return partner
    }
}

/// The gateway's limits at the edge.
public enum GatewayLimits {
    /// Most bytes in one referral: the referral stage's own limit is 1 MiB; a partner's referral is far smaller.
    public static let maximumReferralBytes = 256 * 1024
    /// Most bytes in a batch file.
    public static let maximumBatchBytes = 8 * 1024 * 1024
    /// Most rows in a batch file.
    public static let maximumBatchRows = 5_000
    /// Most bytes in a tasking acknowledgement or completion.
    public static let maximumAnswerBytes = 16 * 1024
    /// Requests a minute a partner may make unless its entry says otherwise.
    public static let defaultRequestsPerMinute = 600
}
