extension SignOff {
    /// A rationale has at least this many words...
    public static let minimumRationaleWords = 4
    /// ...and this many characters: at least a sentence.
    public static let minimumRationaleLength = 20
    /// At most this many characters in a rationale.
    public static let maximumRationaleLength = 4000

    /// Every problem with the sign-off as a request, each with its field: the person may not take the
    /// action, the rationale is not a sentence, or the fields do not fit the action. Empty when it may be
    /// applied (whether the case is held, and the proposal current, is for the decision worker to say).
    public func problems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if !Self.isValidIdentifier(signOffId) {
            problems.append(.init(path: "signOffId", message: "must be 8-64 letters, digits, '-' or '_'"))
        }
        if !(proposalDigest.utf8.count == 64 && proposalDigest.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }) {
            problems.append(.init(path: "proposalDigest", message: "must be the 64 hex digits of the proposal's digest"))
        }
        problems += Self.rationaleProblems(rationale, path: "rationale")
        if !signedBy.role.may(action.permission) {
            problems.append(.init(path: "signedBy.role", message: "a \(signedBy.role.description.lowercased()) may not \(action.permission.rawValue)"))
        }
        problems += ReferralTextRules.nameProblems(signedBy.name, path: "signedBy.name")
        problems += ReferralTextRules.nameProblems(signedBy.username, path: "signedBy.username")
        problems += fieldProblems()
        return problems
    }

    private func fieldProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        func absent(_ present: Bool, _ path: String, _ why: String) {
            if present { problems.append(.init(path: path, message: why)) }
        }
        switch action {
        case .confirm:
            let why = "is not given on a confirmation: override or re-rate to change it"
            absent(outcome != nil, "outcome", why)
            absent(additionalOutcomes != nil, "additionalOutcomes", why)
            absent(level != nil, "level", why)
            absent(rag != nil, "rag", why)
            absent(taskings != nil, "taskings", why)
        case .override:
            if outcome == nil { problems.append(.init(path: "outcome", message: "is required to override")) }
            if let outcome, additionalOutcomes?.contains(outcome) == true {
                problems.append(.init(path: "additionalOutcomes", message: "repeats the outcome \(outcome.rawValue)"))
            }
        case .reRate:
            if level == nil && rag == nil { problems.append(.init(path: "level", message: "a level or a RAG is required to re-rate")) }
            let why = "is not given on a re-rating: the policy's response to the new level is issued; override to choose it"
            absent(outcome != nil, "outcome", why)
            absent(additionalOutcomes != nil, "additionalOutcomes", why)
            absent(taskings != nil, "taskings", why)
        }
        for (index, choice) in (taskings ?? []).enumerated() where PipelineTopic.tasking(for: choice.recipient) == nil {
            problems.append(.init(path: "taskings[\(index)].recipient", message: "\(choice.recipient.displayName) has no tasking topic"))
        }
        if let level, let rag, level.rag != rag {
            problems.append(.init(path: "rag", message: "\(rag) does not go with \(level): level \(level.rawValue) is \(level.rag)"))
        }
        return problems
    }

    /// Problems with a person's reasons: blank, shorter than a sentence, too long, or holding control characters.
    public static func rationaleProblems(_ text: String, path: String) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        let trimmed = text.trimmingWhitespace()
        let words = trimmed.split(whereSeparator: \.isWhitespace).count
        if trimmed.unicodeScalars.count < minimumRationaleLength || words < minimumRationaleWords {
            problems.append(.init(path: path, message: "must be at least a sentence (\(minimumRationaleWords) words, \(minimumRationaleLength) characters) saying why"))
        }
        if text.unicodeScalars.count > maximumRationaleLength {
            problems.append(.init(path: path, message: "\(text.unicodeScalars.count) characters is over the limit of \(maximumRationaleLength)"))
        }
        // Line breaks are how people write reasons; every other control character is refused.
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\r" && $0 != "\t" }) {
            problems.append(.init(path: path, message: "contains control characters"))
        }
        if ReferralTextRules.containsBidirectionalControls(text) {
            problems.append(.init(path: path, message: "contains bidirectional override characters (U+202A-U+202E, U+2066-U+2069)"))
        }
        return problems
    }

    /// 8-64 ASCII letters, digits, '-' or '_'.
    public static func isValidIdentifier(_ id: String) -> Bool {
        let bytes = id.utf8
        return (8...64).contains(bytes.count) && bytes.allSatisfy { byte in
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
