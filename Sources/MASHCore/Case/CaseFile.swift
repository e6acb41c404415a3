/// A case as it moves through the hub, on topics `mash.research`, `mash.risk-assessment` and
/// `mash.decision`; `schema` says which, and each stage fills one more section.
///
/// `research` is present exactly from `mash.risk-assessment/1` on; `assessment` exactly on
/// `mash.decision/1`. Decoding enforces both.
public struct CaseFile: Sendable, Hashable {
    /// `mash.research/1`, `mash.risk-assessment/1` or `mash.decision/1`.
    public var schema: String
    /// The hub's case identifier.
    public var caseId: String
    /// The referral's identifier.
    public var referralId: String
    /// When the hub received the referral.
    public var receivedAt: Timestamp
    /// The partition key (see `SubjectKey`).
    public var subjectKey: String
    /// The normalised copy of the referral.
    public var referral: Referral
    /// The referral stage's screening.
    public var screening: Screening
    /// What the agencies returned (from `mash.risk-assessment` on).
    public var research: ResearchResult?
    /// The risk stage's assessment (on `mash.decision`).
    public var assessment: RiskAssessment?
    /// When each stage finished.
    public var timestamps: StageTimestamps

    /// A case file; pass `research` and `assessment` as the schema requires.
    public init(
        schema: String = MessageSchema.research, caseId: String, referralId: String, receivedAt: Timestamp,
        subjectKey: String, referral: Referral, screening: Screening, research: ResearchResult? = nil,
        assessment: RiskAssessment? = nil, timestamps: StageTimestamps
    ) {
        self.schema = schema
        self.caseId = caseId
        self.referralId = referralId
        self.receivedAt = receivedAt
        self.subjectKey = subjectKey
        self.referral = referral
        self.screening = screening
        self.research = research
        self.assessment = assessment
        self.timestamps = timestamps
    }

    /// The schemas a case file may carry, in pipeline order.
    public static let schemas = [MessageSchema.research, MessageSchema.riskAssessment, MessageSchema.decision]
}
