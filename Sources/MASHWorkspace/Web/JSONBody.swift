import Foundation
import Hummingbird
import MASHCore

/// A JSON response in the hub's one JSON form (MASHJSON: absent optionals left out, slashes unescaped).
struct JSONBody<Value: Encodable & Sendable>: ResponseGenerator {
    var status: HTTPResponse.Status = .ok
    let value: Value

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: try MASHJSON.encodeBytes(value))))
    }
}

extension Request {
    /// The body decoded as `Value`, or 400 saying what in it was wrong.
    func decodeJSON<Value: Decodable>(_ type: Value.Type, context: WorkspaceContext) async throws -> Value {
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: context.maxUploadSize)
        } catch {
            throw WorkspaceError(.contentTooLarge, "the body is over \(context.maxUploadSize) bytes")
        }
        do {
            return try MASHJSON.decode(type, from: Data(buffer: buffer))
        } catch let DecodingError.keyNotFound(key, context) {
            throw WorkspaceError(.badRequest, "missing \(key.stringValue)", field: Self.path(context.codingPath + [key]))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw WorkspaceError(.badRequest, "wrong type: \(context.debugDescription)", field: Self.path(context.codingPath))
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw WorkspaceError(.badRequest, context.debugDescription, field: Self.path(context.codingPath))
        } catch {
            throw WorkspaceError(.badRequest, "the body is not a JSON object of the expected form")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}
