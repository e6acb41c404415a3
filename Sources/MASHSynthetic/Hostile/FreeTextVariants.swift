/// Free text that would act on whatever shows it, and short fields swollen past any real value: terminal
/// escape sequences (colour, clear screen, an OSC title ended by BEL), BEL, NUL, a right-to-left override,
/// in the concern summary and the referrer's role, organisation and contact; and 20,000 characters in a
/// role, organisation, contact, relationship or address line. Each would be copied into taskings.
enum FreeTextVariants {
    static let payloads: [(name: String, text: String)] = [
        ("an ANSI colour escape", "\u{1B}[31mURGENT\u{1B}[0m"),
        ("an ANSI clear-screen escape", "\u{1B}[2J\u{1B}[H"),
        ("an OSC window-title escape ended by BEL", "\u{1B}]0;mash\u{7}"),
        ("a BEL", "\u{7}"),
        ("a NUL", "\u{0}"),
        ("a right-to-left override", "\u{202E}"),
        ("a C1 control sequence introducer", "\u{9B}31m"),
    ]

    static let textFields: [[HostileJSONStep]] = [["concern", "summary"], ["referrer", "role"], ["referrer", "organisation"], ["referrer", "contact"]]

    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let subject = material.subjectIndex()
        if variant % 3 == 2 {
            let fields: [[HostileJSONStep]] = [
                ["referrer", "role"], ["referrer", "organisation"], ["referrer", "contact"],
                ["subjects", .index(subject), "relationshipToChild"], ["subjects", .index(subject), "address", "line1"],
            ]
            let path = fields[(variant / 3) % fields.count]
            if path.count == 4, material.document[Array(path.prefix(3))] == nil {
                return HostileEdit(bytes: material.replacing(Array(path.prefix(3)), with: .object([.init(key: "line1", value: .string(String(repeating: "a", count: 20_000)))])),
                                   what: "20,000 characters in \(HostileJSON.text(of: path))")
            }
            return HostileEdit(bytes: material.replacing(path, with: .string(String(repeating: "a", count: 20_000))),
                               what: "20,000 characters in \(HostileJSON.text(of: path))")
        }
        let path = textFields[variant % textFields.count]
        let payload = material.pick(payloads)
        let original = material.document.string(at: path) ?? "Designated Safeguarding Lead"
        let position = material.random.below(original.count + 1)
        var text = original
        text.insert(contentsOf: payload.text, at: text.index(text.startIndex, offsetBy: position))
        return HostileEdit(bytes: material.replacing(path, with: .string(text)), what: "\(payload.name) in \(HostileJSON.text(of: path))")
    }
}
