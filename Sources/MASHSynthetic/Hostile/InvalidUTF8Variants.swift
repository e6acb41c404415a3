/// Referrals holding bytes that are not UTF-8, inside strings and between tokens.
enum InvalidUTF8Variants {
    /// Byte sequences that are never valid UTF-8, whatever surrounds them (they are inserted before an ASCII byte).
    static let sequences: [(name: String, bytes: [UInt8])] = [
        ("overlong '/' (C0 AF)", [0xC0, 0xAF]),
        ("overlong NUL (C0 80)", [0xC0, 0x80]),
        ("three-byte overlong '/' (E0 80 AF)", [0xE0, 0x80, 0xAF]),
        ("four-byte overlong '/' (F0 80 80 AF)", [0xF0, 0x80, 0x80, 0xAF]),
        ("a lone continuation byte (80)", [0x80]),
        ("a lone continuation byte (BF)", [0xBF]),
        ("the surrogate U+D800 encoded (ED A0 80)", [0xED, 0xA0, 0x80]),
        ("the surrogate U+DFFF encoded (ED BF BF)", [0xED, 0xBF, 0xBF]),
        ("a 0xFF byte", [0xFF]),
        ("a 0xFE byte", [0xFE]),
        ("a lead byte past Unicode (F5 80 80 80)", [0xF5, 0x80, 0x80, 0x80]),
        ("a scalar past U+10FFFF (F4 90 80 80)", [0xF4, 0x90, 0x80, 0x80]),
        ("a truncated two-byte sequence (C3)", [0xC3]),
        ("a truncated three-byte sequence (E2 82)", [0xE2, 0x82]),
    ]

    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let subject = material.subjectIndex()
        let fields: [[HostileJSONStep]] = [
            ["subjects", .index(subject), "forename"], ["subjects", .index(subject), "surname"],
            ["concern", "summary"], ["referralId"], ["referrer", "name"],
        ]
        let placeCount = fields.count + 3
        let place = variant % placeCount
        let sequence = sequences[(variant / placeCount) % sequences.count]
        if place < fields.count {
            let path = fields[place]
            let original = material.document.string(at: path) ?? "x"
            let bytes = insert(sequence.bytes, into: HostileJSON.quoted(original), random: &material.random)
            return HostileEdit(
                bytes: material.replacing(path, with: .bytes(bytes)),
                what: "\(sequence.name) inside \(HostileJSON.text(of: path))"
            )
        }
        let document = material.bytes
        switch place - fields.count {
        case 0: return HostileEdit(bytes: sequence.bytes + document, what: "\(sequence.name) before the object")
        case 1: return HostileEdit(bytes: document + sequence.bytes, what: "\(sequence.name) after the object")
        default: return HostileEdit(bytes: [document[0]] + sequence.bytes + document.dropFirst(), what: "\(sequence.name) between tokens")
        }
    }

    /// `bad` inserted into a quoted string before one of its ASCII bytes (never splitting a character).
    private static func insert(_ bad: [UInt8], into quoted: [UInt8], random: inout SeededRandom) -> [UInt8] {
        let positions = quoted.indices.dropFirst().filter { quoted[$0] < 0x80 }
        let position = positions.isEmpty ? quoted.count - 1 : random.element(of: Array(positions))
        return Array(quoted[..<position]) + bad + Array(quoted[position...])
    }
}
