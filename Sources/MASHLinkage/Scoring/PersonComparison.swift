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
        var bestNames: (query: Int, candidate: Int)?

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
        self.query = query
        self.candidate = candidate
        score = Self.score(query, candidate, matcher: matcher)
        names = score.bestNames.map { (query.names[$0.query], candidate.names[$0.candidate]) }
        probability = matcher.configuration.thresholds.probability(weight: score.weight)
        status = matcher.configuration.thresholds.status(probability: probability)
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
        let bits = matcher.bits
        var score = Score()
        score.nhsNumber = identifier(query.nhsNumber, query.invalidNHSNumber, candidate.nhsNumber, candidate.invalidNHSNumber)
        score.upn = identifier(query.upn, query.invalidUPN, candidate.upn, candidate.invalidUPN)
        score.personId = FieldAgreement.compare(query.agencyPersonId, candidate.agencyPersonId)
        score.email = FieldAgreement.compare(query.email, candidate.email)
        score.phone = FieldAgreement.compare(query.phone, candidate.phone)
        score.identifier = FieldAgreement.compare(query.identifier, candidate.identifier)
        score.sex = FieldAgreement.compare(query.sex, candidate.sex)
        score.dateOfBirth = BirthDateAgreement.compare(query.dateOfBirth, candidate.dateOfBirth)
        score.address = AddressAgreement.compare(postcode: query.postcode, line: query.addressLine, with: candidate.postcode, line: candidate.addressLine)
        score.town = FieldAgreement.compare(query.town, candidate.town)
        score.townMisspelt = score.town == .differs && JaroWinkler.similarity(query.town ?? "", candidate.town ?? "") >= 0.88

        var bestWeight = -Double.infinity
        var bestName: PersonName?
        for (queryIndex, queryName) in query.names.enumerated() {
            for (candidateIndex, candidateName) in candidate.names.enumerated() {
                for swapped in [false, true] {
                    let askedForename = swapped ? queryName.surname : queryName.forename
                    let askedSurname = swapped ? queryName.forename : queryName.surname
                    let forename = NameComparison.forenames(askedForename, candidateName.forename)
                    let surname = NameComparison.surnames(askedSurname, candidateName.surname)
                    var weight = bits.weight(field: 0, ComparisonLevels.level(forename)) + bits.weight(field: 1, ComparisonLevels.level(surname))
                    if swapped { weight -= matcher.configuration.weights.namesSwappedPenalty }
                    if weight > bestWeight {
                        bestWeight = weight
                        bestName = swapped ? queryName.swapped : queryName
                        score.bestNames = (queryIndex, candidateIndex)
                        score.forename = forename
                        score.surname = surname
                        score.namesSwapped = swapped
                    }
                }
            }
        }
        var total = bestName == nil ? 0 : bestWeight
        total += bits.weight(field: 2, ComparisonLevels.birth(score.dateOfBirth))
        total += bits.weight(field: 3, ComparisonLevels.address(score.address))
        total += bits.weight(field: 4, score.townMisspelt ? 2 : ComparisonLevels.identifier(score.town))
        total += bits.weight(field: 5, ComparisonLevels.identifier(score.sex))
        total += bits.weight(field: 6, ComparisonLevels.identifier(score.nhsNumber))
        total += bits.weight(field: 7, ComparisonLevels.identifier(score.upn))
        total += bits.weight(field: 8, ComparisonLevels.identifier(score.personId))
        total += bits.weight(field: 9, ComparisonLevels.identifier(score.email))
        total += bits.weight(field: 10, ComparisonLevels.identifier(score.phone))
        total += bits.weight(field: 11, ComparisonLevels.identifier(score.identifier))
        total += frequencyAdjustment(
            name: bestName, score: score, postcode: query.postcode, town: score.town == .agrees ? query.town : nil,
            weights: matcher.configuration.weights, frequencies: matcher.frequencies
        )
        score.weight = total
        return score
    }

    private static func identifier(_ lhs: String?, _ lhsInvalid: String?, _ rhs: String?, _ rhsInvalid: String?) -> FieldAgreement {
        if lhs != nil, rhs != nil { return lhs == rhs ? .agrees : .differs }
        if lhsInvalid != nil || rhsInvalid != nil { return .invalid }
        return .missing
    }

    /// Term-frequency adjustment of exact agreements on forename, surname, postcode and town.
    private static func frequencyAdjustment(name: PersonName?, score: Score, postcode: String?, town: String?,
                                            weights: MatchWeights, frequencies: TermFrequencies) -> Double {
        guard !frequencies.isEmpty else { return 0 }
        var bits = 0.0
        if let name {
            if score.forename == .exact, let value = name.forename?.first {
                bits += frequencies.adjustment(\.forename, value, u: weights.forename.exact.u)
            }
            if score.surname == .exact, let value = name.surname?.joined {
                bits += frequencies.adjustment(\.surname, value, u: weights.surname.exact.u)
            }
        }
        // Only the postcode alone: a shared first line is rare whatever the postcode.
        if let postcode, score.address == .samePostcode || score.address == .samePostcodeLineAlike {
            bits += frequencies.adjustment(\.postcode, postcode, u: score.address == .samePostcode ? weights.samePostcode.u : weights.samePostcodeLineAlike.u)
        }
        if let town { bits += frequencies.adjustment(\.town, town, u: weights.townAgrees.u) }
        return bits
    }
}

/// Every level's weight in bits, worked out once from a model's m and u: `ComparisonLevels` order.
struct LevelBits: Sendable {
    private let bits: [[Double]]

    init(_ weights: MatchWeights) {
        bits = ComparisonLevels.fields.map { field in field.levels.map { weights[keyPath: $0.path].weight } }
    }

    /// The weight of `level` of field `field`; a field with no level weighs nothing.
    @inline(__always)
    func weight(field: Int, _ level: UInt8) -> Double {
        level == ComparisonLevels.none ? 0 : bits[field][Int(level)]
    }
}
