import Foundation
import Hummingbird

/// What was wrong with a request, as JSON: `{"error": {"status": 422, "reason": "...", "field": "rationale"}}`.
/// 401 and 403 say who may not; 400 and 422 what was wrong, naming the field; 404 what is not there; 409
/// what the case's state does not allow.
public struct WorkspaceError: HTTPResponseError {
    public let status: HTTPResponse.Status
    public let reason: String
    public let field: String?

    public init(_ status: HTTPResponse.Status, _ reason: String, field: String? = nil) {
        self.status = status
        self.reason = reason
        self.field = field
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = try JSONEncoder().encode(ErrorBody(error: .init(status: status.code, reason: reason, field: field)))
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// The JSON of a `WorkspaceError`.
struct ErrorBody: Codable {
    struct Detail: Codable {
        let status: Int
        let reason: String
        let field: String?
    }

    let error: Detail
}
