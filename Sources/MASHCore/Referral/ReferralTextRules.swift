/// Checks on free-text identity fields shared by referrer and subjects.
enum ReferralTextRules {
    /// Problems with a required name: blank, too long, or containing control characters.
    static func nameProblems(_ name: String, path: String, required: Bool = true) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if required && name.allSatisfy(\.isWhitespace) {
            problems.append(.init(path: path, message: "must not be blank"))
        }
        problems += optionalTextProblems(name, path: path)
        return problems
    }

    /// Problems with optional text that may be empty: longer than `limit` characters (a name's limit unless
    /// given), or containing control characters or bidirectional overrides.
    static func optionalTextProblems(_ text: String, path: String, limit: Int = Referral.maximumNameLength) -> [ValidationProblem] {
        var problems = lengthProblems(text, path: path, limit: limit)
        if containsControlCharacters(text) {
            problems.append(.init(path: path, message: "contains control characters"))
        }
        if containsBidirectionalControls(text) {
            problems.append(.init(path: path, message: "contains bidirectional override characters (U+202A-U+202E, U+2066-U+2069)"))
        }
        return problems
    }

    /// Problems with free text, kept as written: longer than `limit` characters, or holding a character that
    /// is not text but an instruction to whatever shows it (a C0 or C1 control other than tab, line feed and
    /// carriage return, so terminal escapes, BEL and NUL among them; or a bidirectional override). Each would
    /// travel into taskings and onto other agencies' screens.
    static func freeTextProblems(_ text: String, path: String, limit: Int) -> [ValidationProblem] {
        var problems = lengthProblems(text, path: path, limit: limit)
        let controls = text.unicodeScalars.filter { $0.properties.generalCategory == .control && !["\t", "\n", "\r"].contains($0) }
        if let first = controls.first {
            let escape = controls.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x9D } ? " (a terminal escape sequence)" : ""
            problems.append(.init(path: path, message: "contains control character U+\(hex(first.value))\(escape); only tab and line breaks are allowed"))
        }
        if containsBidirectionalControls(text) {
            problems.append(.init(path: path, message: "contains bidirectional override characters (U+202A-U+202E, U+2066-U+2069)"))
        }
        return problems
    }

    private static func lengthProblems(_ text: String, path: String, limit: Int) -> [ValidationProblem] {
        let length = text.unicodeScalars.count
        return length > limit ? [.init(path: path, message: "\(length) characters is over the limit of \(limit)")] : []
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Whether any scalar is a bidirectional embedding, override or isolate: in a name they only
    /// reverse or hide what an operator reads ("Trojan Source"); no script needs them to write a name.
    static func containsBidirectionalControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
    }

    /// "; it contains control characters" when it does, so a rejected identifier says why; else "".
    static func controlCharacterNote(_ text: String) -> String {
        containsControlCharacters(text) ? "; it contains control characters" : ""
    }

    /// Whether any scalar is a control character (C0, DEL or C1), tabs and newlines included.
    static func containsControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// The longest text accepted as a postcode: a real one is at most 8 characters, but a partial or
    /// mistyped one is kept for the researchers rather than losing the referral.
    static let maximumPostcodeLength = 16

    /// Problems with a postcode as given: only ASCII letters, digits and spaces, at most 16 of them.
    /// Anything else (punctuation, control or non-ASCII characters) is not a mistyped postcode.
    static func postcodeProblems(_ postcode: String, path: String) -> [ValidationProblem] {
        let bytes = postcode.utf8
        let isPostcodeText = bytes.count <= maximumPostcodeLength && bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: " "):
                true
            default:
                false
            }
        }
        guard !isPostcodeText else { return [] }
        return [.init(path: path, message: "must be at most \(maximumPostcodeLength) letters, digits and spaces" + controlCharacterNote(postcode))]
    }

    /// Whether `id` is 1-32 ASCII letters, digits, '-' or '_'.
    static func isValidSubjectId(_ id: String) -> Bool {
        let bytes = id.utf8
        return (1...32).contains(bytes.count) && bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                true
            default:
                false
            }
        }
    }
}

/// The referral's text rules, for text that arrives elsewhere (a partner's answer to a tasking): a name or
/// short field refuses every control character and bidi override; free text allows tab and line breaks.
public enum ReferralTextChecks {
    public static func problems(_ text: String, path: String, limit: Int, required: Bool = false, freeText: Bool = false) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if required && text.allSatisfy(\.isWhitespace) { problems.append(ValidationProblem(path: path, message: "must not be blank")) }
        return problems + (freeText
            ? ReferralTextRules.freeTextProblems(text, path: path, limit: limit)
            : ReferralTextRules.optionalTextProblems(text, path: path, limit: limit))
    }
}
