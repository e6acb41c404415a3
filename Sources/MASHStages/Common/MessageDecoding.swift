import Foundation
import MASHCore

/// Decodes a stage's input message, turning every failure into a `StageRejection` with a readable reason.
enum MessageDecoding {
    /// The message in `bytes` as `Message`, after checking its size and its `schema` value.
    ///
    /// A message whose `schema` is not in `schemas` is rejected as such before anything else is said
    /// about it: a message of another kind fails in many confusing ways otherwise.
    static func decode<Message: Decodable>(
        _ type: Message.Type, from bytes: [UInt8], topic: PipelineTopic, schemas: [String], maximumBytes: Int
    ) throws -> Message {
        guard bytes.count <= maximumBytes else {
            throw StageRejection(reason: "\(topic): \(bytes.count) bytes is over the limit of \(maximumBytes)")
        }
        let data = Data(bytes)
        do {
            return try MASHJSON.decode(Message.self, from: data)
        } catch let error as DecodingError {
            if let schema = schemaProbe(data), !schemas.contains(schema) {
                throw StageRejection(reason: "\(topic): unknown schema \(quoted(schema)) (expected \(schemas.joined(separator: " or ")))")
            }
            var reason = DecodingErrorDescription.describe(error)
            if reason == "not valid JSON" { reason += " (\(summary(of: bytes)))" }
            throw StageRejection(reason: "\(topic): \(reason)")
        } catch {
            throw StageRejection(reason: "\(topic): not valid JSON (\(error))")
        }
    }

    /// The `schema` string of a JSON object, if it has one.
    private static func schemaProbe(_ data: Data) -> String? {
        struct Probe: Decodable { var schema: String? }
        return (try? MASHJSON.decode(Probe.self, from: data))?.schema
    }

    /// What the bytes look like, for a message that is not JSON at all.
    private static func summary(of bytes: [UInt8]) -> String {
        guard !bytes.isEmpty else { return "empty message" }
        guard let text = String(validating: bytes, as: UTF8.self) else { return "\(bytes.count) bytes, not UTF-8 text" }
        return "\(bytes.count) bytes starting \(quoted(text))"
    }

    /// Input text shown in a reason: at most 40 characters, control characters escaped, in quotes.
    static func quoted(_ text: String) -> String {
        let shown = text.prefix(40).unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control ? scalar.escaped(asASCII: true) : String(scalar)
        }.joined()
        return "\"\(shown)\(text.prefix(41).count > 40 ? "…" : "")\""
    }
}
