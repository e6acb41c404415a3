import Foundation
import MASHCore

/// Decodes a stage's input message, turning every failure into a `StageRejection` with a readable reason.
enum MessageDecoding {
    /// The message in `bytes` as `Message`, after checking its size; nesting deeper than
    /// `StageLimits.maximumJSONDepth`, a trailing comma and a `schema` value not in `schemas` are each
    /// refused with a reason of their own.
    ///
    /// A message whose `schema` is not in `schemas` is rejected as such before anything else is said
    /// about it: a message of another kind fails in many confusing ways otherwise.
    static func decode<Message: Decodable>(
        _ type: Message.Type, from bytes: [UInt8], topic: PipelineTopic, schemas: [String], maximumBytes: Int
    ) throws -> Message {
        guard bytes.count <= maximumBytes else {
            throw StageRejection(reason: "\(topic): \(bytes.count) bytes is over the limit of \(maximumBytes)")
        }
        do {
            return try StreamingJSONDecoder(maximumDepth: StageLimits.maximumJSONDepth).decode(Message.self, from: bytes)
        } catch let error as DecodingError {
            // The decoder stops at the first level too deep or trailing comma; the structure, read only
            // now, says how deep and where as the reasons always have.
            if case .dataCorrupted(let context) = error, let syntax = context.underlyingError as? JSONSyntaxError,
               syntax.kind == .tooDeep || syntax.kind == .trailingComma {
                let structure = JSONStructure(scanning: bytes)
                if syntax.kind == .tooDeep {
                    throw StageRejection(
                        reason: "\(topic): JSON nested \(structure.maximumDepth) levels deep is over the limit of \(StageLimits.maximumJSONDepth)"
                    )
                }
                throw StageRejection(reason: "\(topic): not valid JSON (a trailing comma at byte \(structure.firstTrailingComma ?? syntax.offset))")
            }
            if let schema = schemaProbe(bytes), !schemas.contains(schema) {
                throw StageRejection(reason: "\(topic): unknown schema \(quoted(schema)) (expected \(schemas.joined(separator: " or ")))")
            }
            var reason = DecodingErrorDescription.describe(error)
            if reason == "not valid JSON" {
                reason += " (\(summary(of: bytes)))"
            } else if isAboutTheWholeMessage(error) {
                // An array, string, number or null where the message should be: Foundation would
                // only say it expected a Dictionary<String, Any>.
                reason = "not a JSON object (\(summary(of: bytes)))"
            }
            throw StageRejection(reason: "\(topic): \(printable(reason))")
        } catch {
            throw StageRejection(reason: "\(topic): not valid JSON (\(printable(String(describing: error))))")
        }
    }

    /// Whether the error is about the top-level value rather than a field of it.
    private static func isAboutTheWholeMessage(_ error: DecodingError) -> Bool {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context): context.codingPath.isEmpty
        default: false
        }
    }

    /// The `schema` string of a JSON object, if it has one.
    private static func schemaProbe(_ bytes: [UInt8]) -> String? {
        struct Probe: Decodable { var schema: String? }
        return (try? MASHJSON.decode(Probe.self, from: bytes))?.schema
    }

    /// What the bytes look like, for a message that is not JSON at all.
    private static func summary(of bytes: [UInt8]) -> String {
        guard !bytes.isEmpty else { return "empty message" }
        guard let text = String(validating: bytes, as: UTF8.self) else { return "\(bytes.count) bytes, not UTF-8 text" }
        if let offset = firstRawControlCharacter(in: bytes) {
            let hex = String(bytes[offset], radix: 16, uppercase: true)
            return "\(bytes.count) bytes with a raw control character 0x\(hex.count < 2 ? "0" : "")\(hex) at byte \(offset)"
        }
        return "\(bytes.count) bytes starting \(quoted(text))"
    }

    /// Where JSON text holds a control character it may not: any below 0x20 inside a string (which
    /// must escape it), or outside one other than tab, line feed and carriage return.
    static func firstRawControlCharacter(in bytes: [UInt8]) -> Int? {
        var inString = false, escaped = false
        for (offset, byte) in bytes.enumerated() {
            if byte < 0x20 && (inString || ![0x09, 0x0A, 0x0D].contains(byte)) { return offset }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            }
        }
        return nil
    }

    /// Input text shown in a reason: at most 40 characters, control and bidi characters escaped, in quotes.
    static func quoted(_ text: String) -> String {
        "\"\(printable(String(text.prefix(40))))\(text.prefix(41).count > 40 ? "…" : "")\""
    }

    /// `text` with control characters and bidirectional overrides escaped (`\u{0}`, `\u{202E}`), so
    /// that a reason echoing hostile input cannot rewrite the log line or dead-letter view showing it.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnprintable) else { return text }
        return text.unicodeScalars.map { isUnprintable($0) ? $0.escaped(asASCII: true) : String($0) }.joined()
    }

    private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
