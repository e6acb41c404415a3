import MASHCore

/// Scores candidates against one query, the Fellegi-Sunter way: each field's agreement level adds its
/// log-likelihood weight. This is where `PersonComparison`'s rules are applied, for every caller.
///
/// Candidates are read through `ScorableIdentity`, each field only when a comparison needs it.
/// What depends on the query alone (its names as asked both ways round, their term-frequency
/// adjustments) is worked out once, when first needed. A caller comparing many candidates whose names and
/// first lines come from a small set of values (a search index's interned tables) may name those values
/// by key: each name and line comparison is then made once per query and value, not once per candidate.
public struct QueryScorer {
    public let query: PersonIdentity
    public let matcher: PersonMatcher
    /// The query's names as asked, in scoring order: each name as given, then with forename and surname exchanged.
    private let asked: [PersonName]
    /// Term-frequency adjustments, each looked up when first needed: for an exact forename and surname
    /// agreement on each name as asked, then for the postcode (same postcode, lines alike) and the town.
    private var adjustments: [Double??]
    private var forenameLevels = IntegerTable<NameAgreement>()
    private var surnameLevels = IntegerTable<NameAgreement>()
    private var lineLevels = IntegerTable<AddressAgreement.LineLevel>()
    /// Comparisons shared with other queries against the same candidates, and the keys of the query's
    /// values there (per name as asked; its first line). Not retained: counting references to one memory
    /// from every thread for every candidate cost more than the comparisons it saves; the caller keeps it.
    private unowned(unsafe) let memory: ComparisonMemory?
    private let askedKeys: [(forename: UInt32?, surname: UInt32?)]
    private let lineKey: UInt32?
    // What each candidate's score reads of the matcher, kept here: reading it through the matcher copied
    // its tables (and counted references to them) per candidate.
    @usableFromInline let bits: LevelBits
    @usableFromInline let swappedPenalty: Double
    private let adjusting: Bool
    private let thresholds: MatchThresholds

    /// A scorer of candidates against `query` under `matcher`, sharing comparisons with other queries in
    /// `memory` when given (the candidates' keys must then be the memory's, and the memory must outlive
    /// the scorer).
    public init(query: PersonIdentity, matcher: PersonMatcher, memory: ComparisonMemory? = nil) {
        self.query = query
        self.matcher = matcher
        var asked: [PersonName] = []
        asked.reserveCapacity(query.names.count * 2)
        for name in query.names {
            asked.append(name)
            asked.append(name.swapped)
        }
        self.asked = asked
        adjustments = Array(repeating: nil, count: asked.count * 2 + 3)
        self.memory = memory
        askedKeys = memory.map { memory in asked.map { (memory.key(of: $0.forename), memory.key(of: $0.surname)) } } ?? []
        lineKey = memory.flatMap { memory in query.addressLine.flatMap { memory.key(ofLine: $0) } }
        bits = matcher.bits
        swappedPenalty = matcher.configuration.weights.namesSwappedPenalty
        adjusting = !matcher.frequencies.isEmpty
        thresholds = matcher.configuration.thresholds
    }

    /// Match, possible match, or nil (not attached) for a total weight, under the matcher's thresholds.
    public func status(weight: Double) -> MatchStatus? {
        thresholds.status(weight: weight)
    }

    /// The levels and weight of `candidate`. Its fields are read only as the comparisons need them, and
    /// comparisons with values its `valueKeys` name are made once for this query. Inlinable so that it is
    /// specialised for the caller's candidate type (a generic call across modules is not, and looks up
    /// type metadata per candidate).
    @inlinable
    public mutating func score<Candidate: ScorableIdentity>(_ candidate: Candidate) -> PersonComparison.Score {
        let keys = candidate.valueKeys
        var score = PersonComparison.Score()
        score.nhsNumber = Self.identifier(query.nhsNumber, query.invalidNHSNumber, candidate.nhsNumber, candidate.invalidNHSNumber)
        score.upn = Self.identifier(query.upn, query.invalidUPN, candidate.upn, candidate.invalidUPN)
        score.personId = FieldAgreement.compare(query.agencyPersonId, candidate.agencyPersonId)
        score.email = FieldAgreement.compare(query.email, candidate.email)
        score.phone = FieldAgreement.compare(query.phone, candidate.phone)
        score.identifier = FieldAgreement.compare(query.identifier, candidate.identifier)
        score.sex = FieldAgreement.compare(query.sex, candidate.sex)
        score.dateOfBirth = BirthDateAgreement.compare(query.dateOfBirth, candidate.dateOfBirth)
        score.address = AddressAgreement.compare(postcode: query.postcode, with: candidate.postcode, lines: lineLevel(candidate.addressLine, key: keys?.addressLine))
        score.town = FieldAgreement.compare(query.town, candidate.town)
        score.townMisspelt = score.town == .differs && JaroWinkler.similarity(query.town ?? "", candidate.town ?? "") >= 0.88

        // The best pairing of a query name (as given or exchanged) with a candidate name; the first of equals.
        let nameKeys = candidate.nameCount == 1 ? keys : nil
        var bestWeight = -Double.infinity
        var best: Int?
        for queryIndex in query.names.indices {
            for candidateIndex in 0..<candidate.nameCount {
                for exchanged in 0..<2 {
                    let position = queryIndex * 2 + exchanged, swapped = exchanged == 1
                    let forename = forenameLevel(position, candidate.forename(at: candidateIndex), key: nameKeys?.forename)
                    let surname = surnameLevel(position, candidate.surname(at: candidateIndex), key: nameKeys?.surname)
                    var weight = bits.weight(field: 0, ComparisonLevels.level(forename)) + bits.weight(field: 1, ComparisonLevels.level(surname))
                    if swapped { weight -= swappedPenalty }
                    if weight > bestWeight {
                        bestWeight = weight
                        best = position
                        score.bestNames = (queryIndex, candidateIndex)
                        score.forename = forename
                        score.surname = surname
                        score.namesSwapped = swapped
                    }
                }
            }
        }
        var total = best == nil ? 0 : bestWeight
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
        total += frequencyAdjustment(asked: best, score: score)
        score.weight = total
        return score
    }

    @usableFromInline
    mutating func forenameLevel(_ position: Int, _ candidate: @autoclosure () -> NameForm?, key: UInt32?) -> NameAgreement {
        guard let key else { return NameComparison.forenames(asked[position].forename, candidate()) }
        if let memory, let askedKey = askedKeys[position].forename,
           let level = memory.forename(askedKey, key, { NameComparison.forenames(asked[position].forename, candidate()) }) {
            return level
        }
        let memo = UInt64(key) << 32 | UInt64(position)
        if let known = forenameLevels[memo] { return known }
        let level = NameComparison.forenames(asked[position].forename, candidate())
        forenameLevels.insert(memo, level)
        return level
    }

    @usableFromInline
    mutating func surnameLevel(_ position: Int, _ candidate: @autoclosure () -> NameForm?, key: UInt32?) -> NameAgreement {
        guard let key else { return NameComparison.surnames(asked[position].surname, candidate()) }
        if let memory, let askedKey = askedKeys[position].surname,
           let level = memory.surname(askedKey, key, { NameComparison.surnames(asked[position].surname, candidate()) }) {
            return level
        }
        let memo = UInt64(key) << 32 | UInt64(position)
        if let known = surnameLevels[memo] { return known }
        let level = NameComparison.surnames(asked[position].surname, candidate())
        surnameLevels.insert(memo, level)
        return level
    }

    @usableFromInline
    mutating func lineLevel(_ candidate: @autoclosure () -> String?, key: UInt32?) -> AddressAgreement.LineLevel {
        guard let line = query.addressLine else { return .unknown }
        if let memory, let lineKey, let key,
           let level = memory.line(lineKey, key, { candidate().map { AddressAgreement.lineLevel(line, $0) } ?? .unknown }) {
            return level
        }
        if let key, let known = lineLevels[UInt64(key)] { return known }
        let level = candidate().map { AddressAgreement.lineLevel(line, $0) } ?? .unknown
        if let key { lineLevels.insert(UInt64(key), level) }
        return level
    }

    /// A checked identifier (the candidate's read only as needed): equal, different, failing its check on
    /// either side (no weight), or missing.
    @usableFromInline
    static func identifier(
        _ lhs: String?, _ lhsInvalid: String?, _ rhs: @autoclosure () -> String?, _ rhsInvalid: @autoclosure () -> String?
    ) -> FieldAgreement {
        if let lhs, let rhs = rhs() { return lhs == rhs ? .agrees : .differs }
        if lhsInvalid != nil || rhsInvalid() != nil { return .invalid }
        return .missing
    }

    /// Term-frequency adjustment of exact agreements on forename, surname, postcode and town.
    @usableFromInline
    mutating func frequencyAdjustment(asked position: Int?, score: PersonComparison.Score) -> Double {
        guard adjusting else { return 0 }
        // Most candidates agree exactly on nothing adjusted: no adjustment to look for.
        guard score.forename == .exact || score.surname == .exact || score.address == .samePostcode
            || score.address == .samePostcodeLineAlike || score.town == .agrees else { return 0 }
        var bits = 0.0
        if let position {
            if score.forename == .exact, let adjustment = adjustment(position * 2) { bits += adjustment }
            if score.surname == .exact, let adjustment = adjustment(position * 2 + 1) { bits += adjustment }
        }
        // Only the postcode alone: a shared first line is rare whatever the postcode.
        if score.address == .samePostcode, let adjustment = adjustment(asked.count * 2) { bits += adjustment }
        if score.address == .samePostcodeLineAlike, let adjustment = adjustment(asked.count * 2 + 1) { bits += adjustment }
        if score.town == .agrees, let adjustment = adjustment(asked.count * 2 + 2) { bits += adjustment }
        return bits
    }

    /// Adjustment `slot` (see `adjustments`), looked up the first time it is needed.
    private mutating func adjustment(_ slot: Int) -> Double? {
        if let known = adjustments[slot] { return known }
        let value = lookUpAdjustment(slot)
        adjustments[slot] = .some(value)
        return value
    }

    @inline(never)
    private func lookUpAdjustment(_ slot: Int) -> Double? {
        let frequencies = matcher.frequencies, weights = matcher.configuration.weights
        let names = asked.count * 2
        switch slot {
        case ..<names where slot % 2 == 0:
            return asked[slot / 2].forename.map { frequencies.adjustment(\.forename, $0.first, u: weights.forename.exact.u) }
        case ..<names:
            return asked[slot / 2].surname.map { frequencies.adjustment(\.surname, $0.joined, u: weights.surname.exact.u) }
        case names:
            return query.postcode.map { frequencies.adjustment(\.postcode, $0, u: weights.samePostcode.u) }
        case names + 1:
            return query.postcode.map { frequencies.adjustment(\.postcode, $0, u: weights.samePostcodeLineAlike.u) }
        default:
            return query.town.map { frequencies.adjustment(\.town, $0, u: weights.townAgrees.u) }
        }
    }
}
