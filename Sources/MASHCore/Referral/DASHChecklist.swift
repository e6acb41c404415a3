/// Which DASH (Domestic Abuse, Stalking and Harassment) checklist was used.
public enum DASHVersion: String, Sendable, Hashable, Codable, CaseIterable {
    /// The police version: 27 questions.
    case police27 = "police-27"
    /// The partner-agency version: 24 questions.
    case partner24 = "partner-24"

    /// The question asking whether the abuser has ever threatened to kill the victim or someone else (1-based,
    /// in the SafeLives order of each version).
    public var threatsToKillQuestion: Int {
        switch self {
        case .police27: 16
        case .partner24: 14
        }
    }

    /// The question asking whether the abuser has ever attempted to strangle, choke, suffocate or drown them.
    public var strangulationQuestion: Int {
        switch self {
        case .police27: 17
        case .partner24: 15
        }
    }

    /// How many questions the version asks.
    public var questionCount: Int {
        switch self {
        case .police27: 27
        case .partner24: 24
        }
    }
}

/// The answers to a DASH risk checklist, in question order.
public struct DASHChecklist: Sendable, Hashable, Codable {
    /// The checklist used.
    public var version: DASHVersion
    /// One answer per question, true for "yes".
    public var answers: [Bool]

    /// A checklist; `Referral.validate()` reports an answer count that does not match the version.
    public init(version: DASHVersion, answers: [Bool]) {
        self.version = version
        self.answers = answers
    }

    /// Whether question `number` (1-based) was answered "yes".
    public func yes(_ number: Int) -> Bool {
        answers.indices.contains(number - 1) && answers[number - 1]
    }

    /// How many questions were answered "yes".
    public var yesCount: Int { answers.lazy.filter { $0 }.count }

    /// Whether there is one answer per question of the version.
    public var isComplete: Bool { answers.count == version.questionCount }

    /// The risk band the yes count falls in.
    public var riskLevel: DASHRiskLevel { DASHRiskLevel(yesCount: yesCount) }
}

/// DASH risk bands by count of "yes" answers: up to 9 standard, 10-13 medium, 14+ high (MARAC).
public enum DASHRiskLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case standard
    case medium
    case high

    /// The band for a count of "yes" answers.
    public init(yesCount: Int) {
        switch yesCount {
        case ..<10: self = .standard
        case 10...13: self = .medium
        default: self = .high
        }
    }

    public static func < (lhs: DASHRiskLevel, rhs: DASHRiskLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
