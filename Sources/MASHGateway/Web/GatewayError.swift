import Foundation
import HTTPTypes
import Hummingbird
import MASHCore

/// An answer other than success: the status, the reason in words a partner's developer can act on, and for
/// a refused referral every problem with the field it is in.
public struct GatewayError: HTTPResponseError {
    public let status: HTTPResponse.Status
    public let reason: String
    public let problems: [ValidationProblem]
    public let extraHeaders: HTTPFields

    public init(_ status: HTTPResponse.Status, _ reason: String, problems: [ValidationProblem] = [], headers: HTTPFields = [:]) {
        self.status = status
        self.reason = reason
        self.problems = problems
        extraHeaders = headers
    }

    /// A refusal of named fields: 422.
    static func invalid(_ problems: [ValidationProblem]) -> GatewayError {
        GatewayError(.unprocessableContent, "the referral is not valid: " + problems.prefix(3).map(\.description).joined(separator: "; "),
                     problems: problems)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = extraHeaders
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The JSON body: `{"error": {"status": 422, "reason": "...", "problems": [{"field": "...", "message": "..."}]}}`.
    var body: [UInt8] {
        (try? MASHJSON.encodeBytes(ErrorBody(error: .init(status: Int(status.code), reason: reason,
                                                            problems: problems.isEmpty ? nil : problems.map { .init(field: $0.path, message: $0.message) })))) ?? []
    }

    struct ErrorBody: Codable {
        struct Problem: Codable {
            let field: String
            let message: String
        }

        struct Detail: Codable {
            let status: Int
            let reason: String
            let problems: [Problem]?
        }

        let error: Detail
    }
}
