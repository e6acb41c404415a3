extension Referral {
    /// At most this many subjects in one referral.
    public static let maximumSubjects = 50
    /// At most this many characters (Unicode scalars) in the concern summary.
    public static let maximumSummaryLength = 10_000
    /// At most this many characters in a name, referrer name or subject id component.
    public static let maximumNameLength = 100
    /// At most this many characters in a short field: a referrer's role, organisation or contact, an address
    /// line or town, a relationship, an agency's identifier.
    public static let maximumFieldLength = 200
    /// At most this many characters in a reason: a professional judgement's, or consent's.
    public static let maximumReasonLength = 2_000
    /// At most this many other names (aliases, previous names) for one subject.
    public static let maximumOtherNames = 20
    /// A date of birth more than this many years before receipt is taken as an error.
    public static let maximumAgeInYears = 120
    /// A child subject must be younger than this on the day the referral is received.
    public static let adulthoodAge = 18
    /// The years a referral may say it was received in: anything else is a clock or typing error
    /// (a referral "received" in 3000 or 1899 would also turn every age check upside down).
    public static let receivedYears = 2000...2099

    /// Every problem with the referral, each with its field path; empty when it may be processed.
    ///
    /// Checks what decoding cannot: identifiers, limits, real and plausible dates, identifier check
    /// digits, duplicate subject ids, control characters and bidirectional overrides in names,
    /// postcodes that are not letters, digits and spaces. Never traps, whatever the input.
    public func validate() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if schema != MessageSchema.referral {
            problems.append(.init(path: "schema", message: "must be \(MessageSchema.referral), not \"\(schema.prefix(64))\""))
        }
        if !Self.isValidReferralId(referralId) {
            let message = "must be 1-64 characters of letters, digits, '-', '_' or '/'"
            problems.append(.init(path: "referralId", message: message + ReferralTextRules.controlCharacterNote(referralId)))
        }
        if !Self.receivedYears.contains(receivedAt.utcDate.year) {
            problems.append(.init(
                path: "receivedAt",
                message: "\(receivedAt) is not a plausible date of receipt (years \(Self.receivedYears.lowerBound)-\(Self.receivedYears.upperBound))"
            ))
        }
        problems += ReferralTextRules.nameProblems(referrer.name, path: "referrer.name")
        for (text, field) in [(referrer.role, "role"), (referrer.organisation, "organisation"), (referrer.contact, "contact")] {
            if let text { problems += ReferralTextRules.optionalTextProblems(text, path: "referrer.\(field)", limit: Self.maximumFieldLength) }
        }
        problems += concernProblems()
        problems += subjectProblems()
        problems += consentProblems()
        return problems
    }

    /// Whether `id` is 1-64 ASCII letters, digits, '-', '_' or '/'.
    public static func isValidReferralId(_ id: String) -> Bool {
        let bytes = id.utf8
        return (1...64).contains(bytes.count) && bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"):
                true
            default:
                false
            }
        }
    }

    private func concernProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        let length = concern.summary.unicodeScalars.count
        if concern.summary.allSatisfy(\.isWhitespace) {
            problems.append(.init(path: "concern.summary", message: "must say what the concern is"))
        } else {
            problems += ReferralTextRules.freeTextProblems(concern.summary, path: "concern.summary", limit: Self.maximumSummaryLength)
        }
        if concern.categories.isEmpty {
            problems.append(.init(path: "concern.categories", message: "name at least one category (\"other\" if none fits)"))
        }
        if let judgement = concern.professionalJudgement {
            if judgement.reason.allSatisfy(\.isWhitespace) {
                problems.append(.init(path: "concern.professionalJudgement.reason", message: "a professional judgement must say why"))
            }
            problems += ReferralTextRules.freeTextProblems(judgement.reason, path: "concern.professionalJudgement.reason", limit: Self.maximumReasonLength)
        }
        if let dash = concern.dash, !dash.isComplete {
            problems.append(.init(
                path: "concern.dash.answers",
                message: "\(dash.version.rawValue) needs \(dash.version.questionCount) answers, got \(dash.answers.count)"
            ))
        }
        return problems
    }

    private func subjectProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if !subjects.contains(where: { $0.role == .child }) {
            problems.append(.init(path: "subjects", message: "a referral needs at least one child subject"))
        }
        if subjects.count > Self.maximumSubjects {
            problems.append(.init(
                path: "subjects",
                message: "\(subjects.count) subjects is over the limit of \(Self.maximumSubjects); only the first \(Self.maximumSubjects) were checked"
            ))
        }
        var firstIndexById: [String: Int] = [:]
        for (index, subject) in subjects.prefix(Self.maximumSubjects).enumerated() {
            let path = "subjects[\(index)]"
            if let earlier = firstIndexById[subject.subjectId] {
                problems.append(.init(
                    path: "\(path).subjectId",
                    message: "\"\(subject.subjectId.prefix(32))\" is already used by subjects[\(earlier)]"
                ))
            } else {
                firstIndexById[subject.subjectId] = index
            }
            problems += SubjectRules(subject: subject, path: path, receivedAt: receivedAt).problems()
        }
        return problems
    }

    private func consentProblems() -> [ValidationProblem] {
        let reasonProblems = consent.reason.map { ReferralTextRules.freeTextProblems($0, path: "consent.reason", limit: Self.maximumReasonLength) } ?? []
        return reasonProblems + consentReasonMissing()
    }

    private func consentReasonMissing() -> [ValidationProblem] {
        switch consent {
        case .notSought(let reason) where reason.allSatisfy(\.isWhitespace):
            [.init(path: "consent.reason", message: "consent not sought needs a reason")]
        case .overridden(let justification) where justification.allSatisfy(\.isWhitespace):
            [.init(path: "consent.reason", message: "overriding consent needs a justification")]
        default:
            []
        }
    }
}
