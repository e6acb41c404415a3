/// What the referral stage decided on first sight: initial RAG and the research deadline it sets.
public struct Screening: Sendable, Hashable, Codable {
    /// Initial RAG rating.
    public var rag: RAG
    /// Initial level on the continuum of need.
    public var level: Level
    /// When every agency's research is due, unless `agencyDeadlines` gives the agency its own.
    public var researchDeadline: Timestamp
    /// The agencies whose research falls due at another time than `researchDeadline`; absent when none does.
    public var agencyDeadlines: [AgencyDeadline]?
    /// Why the rating was given, one line each.
    public var reasons: [String]
    /// Set when the child is already open to an agency.
    public var openCase: OpenCaseRouting?
    /// Whether a referral about this child arrived within the previous 12 months.
    public var isReReferral: Bool
    /// Referrals about this child in the previous 12 months.
    public var previousReferralCount: Int
    /// The earlier referrals about this child the hub itself handled within the repeat window, oldest first;
    /// absent when none.
    public var previousReferrals: [PreviousReferral]?
    /// Set when consent limits research (refused or not sought below the level that overrides it): the only
    /// agencies whose records may be searched. Absent: every agency.
    public var searchOnly: [Agency]?

    /// A screening result.
    public init(rag: RAG, level: Level, researchDeadline: Timestamp, agencyDeadlines: [AgencyDeadline]? = nil,
                reasons: [String], openCase: OpenCaseRouting? = nil, isReReferral: Bool, previousReferralCount: Int,
                searchOnly: [Agency]? = nil, previousReferrals: [PreviousReferral]? = nil) {
        self.rag = rag
        self.level = level
        self.researchDeadline = researchDeadline
        self.agencyDeadlines = agencyDeadlines
        self.reasons = reasons
        self.openCase = openCase
        self.isReReferral = isReReferral
        self.previousReferralCount = previousReferralCount
        self.searchOnly = searchOnly
        self.previousReferrals = previousReferrals?.isEmpty == true ? nil : previousReferrals
    }
}
