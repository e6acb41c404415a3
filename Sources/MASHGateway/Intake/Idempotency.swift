import Foundation
import HTTPTypes
import Hummingbird
import MASHCore

/// `Idempotency-Key` on a POST: the first response to a partner's key is kept, a retry with the same body
/// gets it again (with `Idempotent-Replayed: true`), and the same key with another body is 409. Kept per
/// copy of the gateway; a referral resent to another copy is still known by its id and body.
enum Idempotency {
    static func respond<Body: Encodable & Sendable>(
        to request: Request, body: [UInt8], partner: Partner, store: GatewayStore,
        _ work: () async throws -> (HTTPResponse.Status, Body)
    ) async throws -> Response {
        let key = request.headers[.idempotencyKey]
        if let key {
            guard (1...255).contains(key.utf8.count), key.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
                throw GatewayError(.badRequest, "Idempotency-Key: 1-255 printable ASCII characters without spaces")
            }
        }
        let digest = PartnerReferrals.requestDigest(body)
        if let key, let stored = try store.idempotentResponse(partner: partner.id, key: key) {
            guard stored.requestDigest == digest else {
                throw GatewayError(.conflict, "Idempotency-Key \(key) was used for a different request body")
            }
            return Response(status: HTTPResponse.Status(code: stored.status),
                            headers: [.contentType: "application/json; charset=utf-8", .idempotentReplayed: "true"],
                            body: .init(byteBuffer: ByteBuffer(bytes: stored.body)))
        }
        let (status, value) = try await work()
        let bytes = try MASHJSON.encodeBytes(value)
        if let key {
            try store.storeIdempotentResponse(partner: partner.id, key: key, requestDigest: digest, status: Int(status.code), body: bytes)
        }
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
