import Foundation
import MASHCore
import Yams

/// The partners the gateway admits, from a partners file (`--partners FILE`):
///
/// ```yaml
/// partners:
///   - id: met-police
///     name: Metropolitan Police
///     agency: police
///     keys:
///       - {sha256: "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8", label: "2026"}
///     requestsPerMinute: 600
/// ```
///
/// Keys are random (`mash gateway key` makes one) and only their SHA-256 digests are stored: a key has 192
/// random bits, so a fast digest cannot be searched, and checking one costs nothing on every request.
public struct PartnerDirectory: Sendable {
    public let partners: [Partner]
    private let byKey: [[UInt8]: Partner]

    public init(partners: [Partner]) throws {
        var ids = Set<String>()
        var byKey: [[UInt8]: Partner] = [:]
        for (index, partner) in partners.enumerated() {
            guard Self.isValidId(partner.id) else {
                throw PartnerDirectoryError("partners[\(index)].id: \"\(partner.id.prefix(40))\" must be 2-24 lowercase letters, digits or '-'")
            }
            guard ids.insert(partner.id).inserted else { throw PartnerDirectoryError("partners[\(index)].id: \(partner.id) is listed twice") }
            guard !partner.keys.isEmpty else { throw PartnerDirectoryError("partners[\(index)].keys: a partner needs at least one key") }
            for (keyIndex, key) in partner.keys.enumerated() {
                guard let digest = Self.bytes(ofHex: key.sha256), digest.count == 32 else {
                    throw PartnerDirectoryError("partners[\(index)].keys[\(keyIndex)].sha256: not a SHA-256 digest (64 hex digits)")
                }
                guard byKey.updateValue(partner, forKey: digest) == nil else {
                    throw PartnerDirectoryError("partners[\(index)].keys[\(keyIndex)]: this key is already another partner's")
                }
            }
            if let rate = partner.requestsPerMinute, rate < 1 {
                throw PartnerDirectoryError("partners[\(index)].requestsPerMinute: must be at least 1")
            }
        }
        self.partners = partners
        self.byKey = byKey
    }

    /// Reads a partners file.
    public static func load(contentsOf url: URL) throws -> PartnerDirectory {
        struct File: Decodable { let partners: [Partner] }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PartnerDirectoryError("\(url.path): cannot read the partners file (\(error.localizedDescription))")
        }
        do {
            return try PartnerDirectory(partners: try YAMLDecoder().decode(File.self, from: text).partners)
        } catch let error as PartnerDirectoryError {
            throw PartnerDirectoryError("\(url.path): \(error.description)")
        } catch {
            throw PartnerDirectoryError("\(url.path): \(error)")
        }
    }

    /// Writes `partners` as a partners file, under a comment.
    public static func write(_ partners: [Partner], to url: URL, comment: String) throws {
        struct File: Encodable { let partners: [Partner] }
        let text = comment.split(separator: "\n").map { "# \($0)\n" }.joined() + (try YAMLEncoder().encode(File(partners: partners)))
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// A new random API key and the digest a partners file stores for it.
    public static func newKey() -> (key: String, sha256: String) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let key = "mash_" + bytes.map { String(format: "%02x", $0) }.joined()
        return (key, SHA256.hex(Array(key.utf8)))
    }

    /// The partner whose key this is, or nil. The digest is looked up, never compared byte by byte against
    /// each stored one, so the time taken says nothing about how near a guess came.
    public func partner(presenting key: String) -> Partner? {
        guard !key.isEmpty, key.utf8.count <= 256 else { return nil }
        var hasher = SHA256()
        hasher.update(key)
        return byKey[hasher.finalize()]
    }

    /// The partner with this id.
    public func partner(id: String) -> Partner? { partners.first { $0.id == id } }

    static func isValidId(_ id: String) -> Bool {
        (2...24).contains(id.utf8.count) && id.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
        }
    }

    private static func bytes(ofHex text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}

/// A partners file that cannot be used, and why.
public struct PartnerDirectoryError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
