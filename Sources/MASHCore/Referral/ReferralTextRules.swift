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

    /// Problems with optional text that may be empty: too long or containing control characters.
    static func optionalTextProblems(_ text: String, path: String) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        let length = text.unicodeScalars.count
        if length > Referral.maximumNameLength {
            problems.append(.init(path: path, message: "\(length) characters is over the limit of \(Referral.maximumNameLength)"))
        }
        if containsControlCharacters(text) {
            problems.append(.init(path: path, message: "contains control characters"))
        }
        return problems
    }

    /// Whether any scalar is a control character (C0, DEL or C1), tabs and newlines included.
    static func containsControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
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
