import MASHCore

/// Two people compared field by field: the level of every field, the total Fellegi-Sunter weight, and
/// the evidence in words.
public struct PersonComparison: Sendable, Hashable {
    /// The names that compared best (the query's, then the candidate's).
    public let names: (PersonName, PersonName)?
    /// Whether the best names agree only with forename and surname exchanged.
    public let namesSwapped: Bool
    public let forename: NameAgreement
    public let surname: NameAgreement
    public let dateOfBirth: BirthDateAgreement
    public let address: AddressAgreement
    /// Towns: the same, spelled almost the same (Jaro-Winkler 0.88 or more), different, or missing.
    public let town: FieldAgreement
    /// Whether towns that differ are spelled almost the same.
    public let townMisspelt: Bool
    public let nhsNumber: FieldAgreement
    public let upn: FieldAgreement
    public let personId: FieldAgreement
    public let email: FieldAgreement
    public let phone: FieldAgreement
    public let identifier: FieldAgreement
    public let sex: FieldAgreement
    /// The total weight in bits.
    public let weight: Double
    /// The probability the two are the same person.
    public let probability: Double
    /// Match, possible match, or nil when below the threshold for attaching.
    public let status: MatchStatus?

    private let query: PersonIdentity
    private let candidate: PersonIdentity

    init(query: PersonIdentity, candidate: PersonIdentity, matcher: PersonMatcher) {
        self.query = query
        self.candidate = candidate
        let weights = matcher.configuration.weights
        nhsNumber = Self.identifier(query.nhsNumber, query.invalidNHSNumber, candidate.nhsNumber, candidate.invalidNHSNumber)
        upn = Self.identifier(query.upn, query.invalidUPN, candidate.upn, candidate.invalidUPN)
        personId = FieldAgreement.compare(query.agencyPersonId, candidate.agencyPersonId)
        email = FieldAgreement.compare(query.email, candidate.email)
        phone = FieldAgreement.compare(query.phone, candidate.phone)
        identifier = FieldAgreement.compare(query.identifier, candidate.identifier)
        sex = FieldAgreement.compare(query.sex, candidate.sex)
        dateOfBirth = BirthDateAgreement.compare(query.dateOfBirth, candidate.dateOfBirth)
        address = AddressAgreement.compare(postcode: query.postcode, line: query.addressLine, with: candidate.postcode, line: candidate.addressLine)
        town = FieldAgreement.compare(query.town, candidate.town)
        townMisspelt = town == .differs && JaroWinkler.similarity(query.town ?? "", candidate.town ?? "") >= 0.88

        var best: (names: (PersonName, PersonName), forename: NameAgreement, surname: NameAgreement, weight: Double, swapped: Bool)?
        for queryName in query.names {
            for candidateName in candidate.names {
                for swapped in [false, true] {
                    let asked = swapped ? queryName.swapped : queryName
                    let forename = NameComparison.forenames(asked.forename, candidateName.forename)
                    let surname = NameComparison.surnames(asked.surname, candidateName.surname)
                    var weight = weights.forename.weight(forename) + weights.surname.weight(surname)
                    if swapped { weight -= weights.namesSwappedPenalty }
                    if best == nil || weight > best!.weight {
                        best = ((queryName, candidateName), forename, surname, weight, swapped)
                    }
                }
            }
        }
        names = best?.names
        namesSwapped = best?.swapped ?? false
        forename = best?.forename ?? .missing
        surname = best?.surname ?? .missing

        var total = best?.weight ?? 0
        total += Self.weight(dateOfBirth, weights)
        total += Self.weight(address, weights)
        total += townMisspelt ? weights.townMisspelt.weight : Self.weight(town, agrees: weights.townAgrees, differs: weights.townDiffers)
        total += Self.frequencyAdjustment(
            names: best.map { ($0.swapped ? $0.names.0.swapped : $0.names.0, $0.forename, $0.surname) },
            address: address, postcode: query.postcode, town: town == .agrees ? query.town : nil,
            weights: weights, frequencies: matcher.frequencies
        )
        total += Self.weight(nhsNumber, agrees: weights.nhsNumberAgrees, differs: weights.nhsNumberDiffers)
        total += Self.weight(upn, agrees: weights.upnAgrees, differs: weights.upnDiffers)
        total += Self.weight(personId, agrees: weights.personIdAgrees, differs: weights.personIdDiffers)
        total += Self.weight(email, agrees: weights.emailAgrees, differs: weights.emailDiffers)
        total += Self.weight(phone, agrees: weights.phoneAgrees, differs: weights.phoneDiffers)
        total += Self.weight(identifier, agrees: weights.identifierAgrees, differs: weights.identifierDiffers)
        total += Self.weight(sex, agrees: weights.sexAgrees, differs: weights.sexDiffers)
        weight = total
        probability = matcher.configuration.thresholds.probability(weight: total)
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

    private static func identifier(_ lhs: String?, _ lhsInvalid: String?, _ rhs: String?, _ rhsInvalid: String?) -> FieldAgreement {
        if lhs != nil, rhs != nil { return lhs == rhs ? .agrees : .differs }
        if lhsInvalid != nil || rhsInvalid != nil { return .invalid }
        return .missing
    }

    private static func weight(_ level: FieldAgreement, agrees: AgreementProbabilities, differs: AgreementProbabilities) -> Double {
        switch level {
        case .agrees: agrees.weight
        case .differs: differs.weight
        case .invalid, .missing: 0
        }
    }

    /// Term-frequency adjustment of exact agreements on forename, surname, postcode and town.
    private static func frequencyAdjustment(names: (PersonName, NameAgreement, NameAgreement)?, address: AddressAgreement,
                                            postcode: String?, town: String?, weights: MatchWeights,
                                            frequencies: TermFrequencies) -> Double {
        var bits = 0.0
        if let (name, forename, surname) = names {
            if forename == .exact, let value = name.forename?.first {
                bits += frequencies.adjustment(\.forename, value, u: weights.forename.exact.u)
            }
            if surname == .exact, let value = name.surname?.joined {
                bits += frequencies.adjustment(\.surname, value, u: weights.surname.exact.u)
            }
        }
        // Only the postcode alone: a shared first line is rare whatever the postcode.
        if let postcode, address == .samePostcode || address == .samePostcodeLineAlike {
            bits += frequencies.adjustment(\.postcode, postcode, u: address == .samePostcode ? weights.samePostcode.u : weights.samePostcodeLineAlike.u)
        }
        if let town { bits += frequencies.adjustment(\.town, town, u: weights.townAgrees.u) }
        return bits
    }

    private static func weight(_ level: BirthDateAgreement, _ weights: MatchWeights) -> Double {
        switch level {
        case .exact: weights.birthExact.weight
        case .dayMonthSwapped: weights.birthSwapped.weight
        case .oneDigitOff: weights.birthOneDigitOff.weight
        case .yearOnly: weights.birthYearOnly.weight
        case .sameYear: weights.birthSameYear.weight
        case .differs: weights.birthDiffers.weight
        case .missing: 0
        }
    }

    private static func weight(_ level: AddressAgreement, _ weights: MatchWeights) -> Double {
        switch level {
        case .sameAddress: weights.sameAddress.weight
        case .samePostcode: weights.samePostcode.weight
        case .sameLine: weights.sameLine.weight
        case .samePostcodeLineAlike: weights.samePostcodeLineAlike.weight
        case .lineAlike: weights.lineAlike.weight
        case .sameDistrict: weights.sameDistrict.weight
        case .differs: weights.addressDiffers.weight
        case .missing: 0
        }
    }
}
