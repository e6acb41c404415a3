import MASHCore

/// Small Swift-built messages for tests. Synthetic people only.
enum Fixtures {
    static let receivedAt = Timestamp(iso8601: "2026-03-01T09:15:00.000Z")!

    static func date(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

    static let child = Subject(subjectId: "S1", role: .child, forename: "Ava", surname: "Lindqvist", dateOfBirth: date("2016-05-12"))

    /// A referral with nothing optional filled in, which validates cleanly.
    static let minimalReferral = Referral(
        referralId: "SCH-2026-0042", receivedAt: receivedAt, source: .schools,
        referrer: Referrer(name: "Designated Safeguarding Lead"),
        concern: Concern(summary: "Ava disclosed that she is often left alone overnight.", categories: [.neglect]),
        subjects: [child], consent: .given
    )

    static func referral(_ change: (inout Referral) -> Void) -> Referral {
        var referral = minimalReferral
        change(&referral)
        return referral
    }

    static let screening = Screening(
        rag: .green, level: .earlyHelp, researchDeadline: receivedAt.adding(hours: 24), reasons: [],
        isReReferral: false, previousReferralCount: 0
    )

    static let timestamps = StageTimestamps(received: receivedAt)

    static func caseFile(schema: String, research: ResearchResult? = nil, assessment: RiskAssessment? = nil) -> CaseFile {
        CaseFile(schema: schema, caseId: "CASE-1", referralId: minimalReferral.referralId, receivedAt: receivedAt,
                 subjectKey: minimalReferral.subjectKey, referral: minimalReferral, screening: screening,
                 research: research, assessment: assessment, timestamps: timestamps)
    }

    static let emptyResearch = ResearchResult(agenciesQueried: [], items: [], links: [])

    static let assessment = RiskAssessment(
        level: .earlyHelp, rag: .green, score: 12, factors: [.neglect], primaryNeed: .abuseOrNeglect,
        flags: [], rationale: [], maracRequired: false
    )

    static let item = IntelligenceItem(
        itemId: "I1", owner: .education, subjectId: "S1", kind: .schoolAttendance, summary: "Attendance 81% this term",
        date: date("2026-02-01"), matchConfidence: 1, lawfulBasis: .safeguardingChildren, disclosure: .shareable(with: [.socialCare])
    )

    static func tasking(for recipient: Agency, product: [ProductEntry] = []) -> Tasking {
        Tasking(taskingId: "T-\(recipient.rawValue)", caseId: "CASE-1", referralId: minimalReferral.referralId,
                recipient: recipient, action: .informationAndAdvice, dueBy: receivedAt.adding(days: 3), level: .earlyHelp,
                rag: .green, subjects: [TaskingSubject(subjectId: "S1", role: .child, name: "Ava Lindqvist")],
                concernSummary: "Left alone overnight", informationProduct: product, timestamps: timestamps)
    }

    static let decision = Decision(outcome: .earlyHelp, level: .earlyHelp, rag: .green, rationale: [],
                                   decidedBy: "policy:2026.1", decidedAt: receivedAt.adding(hours: 2))
}
