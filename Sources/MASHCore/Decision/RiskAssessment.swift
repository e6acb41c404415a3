/// The risk stage's evaluation of the combined picture against the thresholds.
public struct RiskAssessment: Sendable, Hashable, Codable {
    /// Assessed level on the continuum of need.
    public var level: Level
    /// Assessed RAG.
    public var rag: RAG
    /// The threshold score behind the level.
    public var score: Int
    /// Census factors identified.
    public var factors: [CINFactor]
    /// The child's primary need.
    public var primaryNeed: PrimaryNeed
    /// Flags for the decision maker.
    public var flags: [RiskFlag]
    /// Set when the RAG changed from screening.
    public var reRating: ReRating?
    /// Why, rule by rule.
    public var rationale: [RationaleLine]
    /// Whether a MARAC referral is required.
    public var maracRequired: Bool

    /// An assessment.
    public init(level: Level, rag: RAG, score: Int, factors: [CINFactor], primaryNeed: PrimaryNeed,
                flags: [RiskFlag], reRating: ReRating? = nil, rationale: [RationaleLine], maracRequired: Bool) {
        self.level = level
        self.rag = rag
        self.score = score
        self.factors = factors
        self.primaryNeed = primaryNeed
        self.flags = flags
        self.reRating = reRating
        self.rationale = rationale
        self.maracRequired = maracRequired
    }
}
