import MASHCore

/// Two people compared field by field: the level of every field, the total Fellegi-Sunter weight, and
/// the evidence in words.
public struct PersonComparison: Sendable, Hashable {
    /// The names that compared best (the query's, then the candidate's).
    public let names: (PersonName, PersonName)?
    /// The levels and the weight.
    public let score: Score
    /// The probability the two are the same person.
    public let probability: Double
    /// Match, possible match, or nil when below the threshold for attaching.
    public let status: MatchStatus?

    private let query: PersonIdentity
    private let candidate: PersonIdentity

    /// Every field's level and the total weight, without the identities compared: what clustering and
    /// learning keep of a pair.
    public struct Score: Sendable, Hashable {
        public var forename = NameAgreement.missing
        public var surname = NameAgreement.missing
        /// Whether the best names agree only with forename and surname exchanged.
        public var namesSwapped = false
        public var dateOfBirth = BirthDateAgreement.missing
        public var address = AddressAgreement.missing
        /// Towns: the same, different (`townMisspelt` when spelled almost the same), or missing.
        public var town = FieldAgreement.missing
        /// Whether towns that differ are spelled almost the same (Jaro-Winkler 0.88 or more).
        public var townMisspelt = false
        public var nhsNumber = FieldAgreement.missing
        public var upn = FieldAgreement.missing
        public var personId = FieldAgreement.missing
        public var email = FieldAgreement.missing
        public var phone = FieldAgreement.missing
        public var identifier = FieldAgreement.missing
        public var sex = FieldAgreement.missing
        /// The total weight in bits.
        public var weight = 0.0
        /// Which of the query's and the candidate's names compared best.
        @usableFromInline var bestNames: (query: Int, candidate: Int)?

        /// No field compared yet.
        @inlinable public init() {}

        public static func == (lhs: Score, rhs: Score) -> Bool {
            ComparisonLevels.of(lhs) == ComparisonLevels.of(rhs) && lhs.weight == rhs.weight && lhs.namesSwapped == rhs.namesSwapped
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(ComparisonLevels.of(self))
            hasher.combine(weight)
        }
    }

    public var forename: NameAgreement { score.forename }
    public var surname: NameAgreement { score.surname }
    public var namesSwapped: Bool { score.namesSwapped }
    public var dateOfBirth: BirthDateAgreement { score.dateOfBirth }
    public var address: AddressAgreement { score.address }
    public var town: FieldAgreement { score.town }
    public var townMisspelt: Bool { score.townMisspelt }
    public var nhsNumber: FieldAgreement { score.nhsNumber }
    public var upn: FieldAgreement { score.upn }
    public var personId: FieldAgreement { score.personId }
    public var email: FieldAgreement { score.email }
    public var phone: FieldAgreement { score.phone }
    public var identifier: FieldAgreement { score.identifier }
    public var sex: FieldAgreement { score.sex }
    /// The total weight in bits.
    public var weight: Double { score.weight }

    init(query: PersonIdentity, candidate: PersonIdentity, matcher: PersonMatcher) {
        self.init(query: query, candidate: candidate, matcher: matcher, score: Self.score(query, candidate, matcher: matcher))
    }

    /// The comparison whose levels and weight are `score` (this pair's, under this matcher).
    init(query: PersonIdentity, candidate: PersonIdentity, matcher: PersonMatcher, score: Score) {
        self.query = query
        self.candidate = candidate
        self.score = score
        names = score.bestNames.map { (query.names[$0.query], candidate.names[$0.candidate]) }
        probability = matcher.probability(weight: score.weight)
        status = matcher.status(weight: score.weight)
    }

    /// Which fields agreed and which did not, in words, strongest evidence first.
    public var evidence: [String] {
        EvidenceWriter(comparison: self, query: query, candidate: candidate).lines
    }

    public static func == (lhs: PersonComparison, rhs: PersonComparison) -> Bool {
        lhs.query == rhs.query && lhs.candidate == rhs.candidate && lhs.weight == rhs.weight
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(query)
        hasher.combine(candidate)
    }

    /// The levels and weight of `query` against `candidate` under `matcher`.
    static func score(_ query: PersonIdentity, _ candidate: PersonIdentity, matcher: PersonMatcher) -> Score {
        var scorer = QueryScorer(query: query, matcher: matcher)
        return scorer.score(candidate)
    }
}

/// Every level's weight in bits, worked out once from a model's m and u: `ComparisonLevels` order.
@usableFromInline
struct LevelBits: Sendable {
    @usableFromInline let bits: [[Double]]

    init(_ weights: MatchWeights) {
        bits = ComparisonLevels.fields.map { field in field.levels.map { weights[keyPath: $0.path].weight } }
    }

    /// The weight of `level` of field `field`; a field with no level weighs nothing.
    @inlinable
    func weight(field: Int, _ level: UInt8) -> Double {
        level == ComparisonLevels.none ? 0 : bits[field][Int(level)]
    }
}
