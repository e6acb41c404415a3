/// Referrals with control characters in names and identifiers: raw bytes inside a JSON string (which
/// JSON forbids), or escaped as `\u0000` (valid JSON, which validation must then reject).
enum ControlCharacterVariants {
    /// C0 controls that JSON forbids raw inside strings, tab and line feed among them.
    static let rawControls: [UInt8] = [0x00, 0x01, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F]
    /// Control characters as text: C0 (escaped when written), DEL and C1 (written raw, valid JSON).
    static let escapedControls: [Unicode.Scalar] = ["\u{0}", "\u{7}", "\u{8}", "\u{9}", "\u{A}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}"]

    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let subject = material.subjectIndex()
        var document = material.document
        if document[["subjects", .index(subject), "otherNames"]] == nil {
            document[["subjects", .index(subject), "otherNames"]] = .array([.string(material.base.subjects[subject].forename)])
        }
        let fields: [[HostileJSONStep]] = [
            ["subjects", .index(subject), "forename"], ["subjects", .index(subject), "surname"],
            ["subjects", .index(subject), "otherNames", 0], ["referrer", "name"],
            ["referralId"], ["subjects", .index(subject), "subjectId"],
        ]
        let path = fields[variant % fields.count]
        let original = document.string(at: path) ?? "x"
        let field = HostileJSON.text(of: path)
        let characters = Array(original.unicodeScalars)
        let position = material.random.below(characters.count + 1)
        if (variant / fields.count) % 2 == 0 {
            let control = material.pick(rawControls)
            var quoted = HostileJSON.quoted(String(String.UnicodeScalarView(characters[..<position])))
            quoted.removeLast()
            let bytes = quoted + [control] + HostileJSON.quoted(String(String.UnicodeScalarView(characters[position...]))).dropFirst()
            return HostileEdit(bytes: material.replacing(path, with: .bytes(bytes), in: document), what: "raw control byte \(hex(control)) in \(field)")
        }
        let control = material.pick(escapedControls)
        var scalars = characters
        scalars.insert(control, at: position)
        let text = String(String.UnicodeScalarView(scalars))
        return HostileEdit(
            bytes: material.replacing(path, with: .string(text), in: document),
            what: "control character U+\(hex(control.value)) in \(field)"
        )
    }

    private static func hex<Value: BinaryInteger>(_ value: Value) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
