/// Injection payloads placed where they break a field's format, so validation must reject them:
/// referralId, subjectId, NHS number, UPN, postcode (letters, digits and spaces) and date of birth;
/// and bidi overrides or runaway combining marks in names.
///
/// Not generated: payloads in free text (the concern summary, relationship, address lines), which a
/// valid referral may hold and the stage rightly accepts; zero-width joiners in names, which some
/// scripts need.
enum InjectionVariants {
    /// Payloads aimed at whatever might later consume a field: SQL, HTML, log4j lookups, shells,
    /// printf, file paths, spreadsheets, templates, and Unicode that disguises or swells text.
    static let payloads: [(name: String, text: String)] = [
        ("SQL", "'; DROP TABLE referrals; --"),
        ("SQL tautology", "1' OR '1'='1"),
        ("script tag", "<script>alert(1)</script>"),
        ("JNDI lookup", "${jndi:ldap://x}"),
        ("shell substitution", "$(rm -rf /)"),
        ("shell backticks", "`reboot`"),
        ("format string", "%n%s%x%n"),
        ("path traversal", "../../etc/passwd"),
        ("Windows path traversal", "..\\..\\windows\\win.ini"),
        ("CSV formula", "=cmd|' /C calc'!A0"),
        ("CSV formula with plus", "+SUM(1+1)*cmd|' /C calc'!A0"),
        ("template expression", "{{7*7}}"),
        ("combining marks", "Z" + String(repeating: "\u{0301}\u{0316}\u{0337}", count: 200)),
        ("right-to-left override", "\u{202E}gpj.exe"),
        ("zero-width joiner", "943\u{200D}476\u{200D}5919"),
        ("zero-width space", "SW1A\u{200B}1AA"),
    ]

    /// Fields with a format (any payload breaks it).
    static let formattedFields = ["referralId", "subjectId", "nhsNumber", "upn", "postcode", "dateOfBirth"]

    /// Name disguises: bidi embeddings, overrides and isolates, and a name swollen by combining marks.
    static let nameDisguises: [(name: String, change: @Sendable (String) -> String)] = [
        ("right-to-left override", { "\u{202E}" + $0 }),
        ("left-to-right override", { $0 + "\u{202D}" + String($0.reversed()) }),
        ("right-to-left embedding", { "\u{202B}" + $0 + "\u{202C}" }),
        ("first-strong isolate", { "\u{2068}" + $0 + "\u{2069}" }),
        ("right-to-left isolate", { "\u{2067}" + $0 }),
        ("120 combining marks", { $0 + String(repeating: "\u{0300}", count: 120) }),
    ]

    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let subject = material.subjectIndex()
        let person = material.base.subjects[subject]
        // Two in three items attack a formatted field, one in three disguises a name.
        guard variant % 3 == 2 else {
            let payload = payloads[(variant / 3) % payloads.count]
            let field = formattedFields[(variant / 3 / payloads.count + variant) % formattedFields.count]
            let path: [HostileJSONStep] = switch field {
            case "referralId": ["referralId"]
            case "postcode": ["subjects", .index(subject), "address", "postcode"]
            default: ["subjects", .index(subject), .key(field)]
            }
            var document = material.document
            if field == "postcode", document[["subjects", .index(subject), "address"]] == nil {
                document[["subjects", .index(subject), "address"]] = .object([])
            }
            // Half the time the payload follows the real value, as it would when appended to a form field.
            let original = document.string(at: path) ?? ""
            let text = material.random.chance(0.5) ? original + payload.text : payload.text
            return HostileEdit(
                bytes: material.replacing(path, with: .string(text), in: document),
                what: "\(payload.name) injection in \(HostileJSON.text(of: path))"
            )
        }
        let disguise = nameDisguises[(variant / 3) % nameDisguises.count]
        var document = material.document
        let names: [[HostileJSONStep]] = [
            ["subjects", .index(subject), "forename"], ["subjects", .index(subject), "surname"],
            ["subjects", .index(subject), "otherNames", 0], ["referrer", "name"],
        ]
        let path = names[(variant / 3 / nameDisguises.count + variant) % names.count]
        if document[path] == nil {
            document[["subjects", .index(subject), "otherNames"]] = .array([.string(person.surname)])
        }
        let original = document.string(at: path) ?? person.surname
        return HostileEdit(
            bytes: material.replacing(path, with: .string(disguise.change(original)), in: document),
            what: "\(disguise.name) in \(HostileJSON.text(of: path))"
        )
    }
}
