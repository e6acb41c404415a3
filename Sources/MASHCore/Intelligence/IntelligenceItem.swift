/// One record an agency holds about a subject, tagged with its owner, lawful basis and disclosure.
public struct IntelligenceItem: Sendable, Hashable, Codable, Identifiable {
    /// Identifier, unique within the case; cited by rationale lines and audit records.
    public var itemId: String
    /// The agency that owns the record and decides its disclosure.
    public var owner: Agency
    /// The referral subject the record is about.
    public var subjectId: String
    /// What sort of record it is.
    public var kind: IntelligenceKind
    /// What it says, as the owner wrote it for the hub.
    public var summary: String
    /// When it happened or started.
    public var date: LocalDate
    /// When it ended, for plans, supervision and open cases.
    public var endDate: LocalDate?
    /// How sure the person match behind the item is, 0...1.
    public var matchConfidence: Double
    /// The basis on which it is held and shared.
    public var lawfulBasis: LawfulBasis
    /// Where it may go outside the hub.
    public var disclosure: Disclosure
    /// Census factors it evidences.
    public var factors: [CINFactor]
    /// The DASH yes count, for domestic-abuse incidents.
    public var dashYesCount: Int?
    /// The alleged perpetrator's identifier in the owner's records.
    public var perpetratorId: String?
    /// How the subject relates to the child, e.g. "mother", "same address".
    public var relation: String?

    public var id: String { itemId }

    /// An item; the optional parts default to absent.
    public init(
        itemId: String, owner: Agency, subjectId: String, kind: IntelligenceKind, summary: String,
        date: LocalDate, endDate: LocalDate? = nil, matchConfidence: Double, lawfulBasis: LawfulBasis,
        disclosure: Disclosure, factors: [CINFactor] = [], dashYesCount: Int? = nil,
        perpetratorId: String? = nil, relation: String? = nil
    ) {
        self.itemId = itemId
        self.owner = owner
        self.subjectId = subjectId
        self.kind = kind
        self.summary = summary
        self.date = date
        self.endDate = endDate
        self.matchConfidence = matchConfidence
        self.lawfulBasis = lawfulBasis
        self.disclosure = disclosure
        self.factors = factors
        self.dashYesCount = dashYesCount
        self.perpetratorId = perpetratorId
        self.relation = relation
    }
}
