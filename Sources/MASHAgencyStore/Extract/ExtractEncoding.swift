import Foundation

/// The character encoding of an extract: UTF-8 (checked, never guessed), or a declared legacy encoding
/// converted to UTF-8 (`mash agency load --encoding`).
public enum ExtractEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case latin1 = "latin-1"
    case windows1252 = "windows-1252"

    /// The extract's bytes as UTF-8: as they are, or converted from a declared encoding.
    func utf8(_ bytes: [UInt8], path: String) throws -> [UInt8] {
        switch self {
        case .utf8:
            // Checked once, where every extract's bytes are read (`AgencyExtractReader.read(bytes:)`).
            return bytes
        case .latin1, .windows1252:
            let encoding: String.Encoding = self == .latin1 ? .isoLatin1 : .windowsCP1252
            guard let text = String(data: Data(bytes), encoding: encoding) else {
                throw AgencyExtractError(path: path, reason: "not valid \(rawValue) text")
            }
            return Array(text.utf8)
        }
    }

    /// Refuses bytes that are not UTF-8, naming the line and the byte offset in the file where they stop being.
    func check(_ bytes: [UInt8], path: String) throws {
        guard let offset = Self.firstInvalidUTF8(bytes) else { return }
        let line = bytes[..<offset].lazy.filter { $0 == UInt8(ascii: "\n") }.count + 1
        throw AgencyExtractError(
            path: path, line: line,
            reason: "not UTF-8 at byte \(offset) (0x\(String(bytes[offset], radix: 16, uppercase: true))): declare the extract's encoding with --encoding (\(ExtractEncoding.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
    }

    /// The offset of the first byte that does not begin a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<max(length, 1) where bytes[index + next] & 0xC0 != 0x80 { return index }
            if length > 1, String(validating: bytes[index..<(index + length)], as: UTF8.self) == nil { return index }
            index += length
        }
        return nil
    }
}
