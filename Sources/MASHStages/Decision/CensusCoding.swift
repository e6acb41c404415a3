import MASHCore

/// The census return of a decided case (see `CensusReturn`).
enum CensusCoding {
    /// The outcomes that make a contact a census referral: an assessment.
    static let referralOutcomes: Set<OutcomeKind> = [.s17Assessment, .s47StrategyDiscussion]

    static func census(of decision: Decision, caseFile: CaseFile) -> CensusReturn {
        let outcomes = Set([decision.outcome] + decision.additionalOutcomes)
        let isReferral = !outcomes.isDisjoint(with: referralOutcomes)
        var factors = caseFile.assessment?.factors ?? []
        if factors.isEmpty && decision.outcome == .noFurtherAction { factors = [.noFactorsIdentified] }
        return CensusReturn(
            isReferral: isReferral, referralNFA: isReferral ? false : nil, referralSource: caseFile.referral.source,
            primaryNeed: caseFile.assessment?.primaryNeed ?? .notStated,
            categoryOfAbuse: outcomes.contains(.s47StrategyDiscussion) ? categoryOfAbuse(caseFile: caseFile, factors: factors) : nil,
            factors: factors
        )
    }

    /// The abuse the concern or the factors name: one category, MUL for more than one, nil for none.
    static func categoryOfAbuse(caseFile: CaseFile, factors: [CINFactor]) -> AbuseCategory? {
        var found = Set<AbuseCategory>()
        for factor in factors {
            switch factor {
            case .neglect: found.insert(.neglect)
            case .emotionalAbuse: found.insert(.emotional)
            case .physicalAbuseAdultOnChild, .physicalAbuseChildOnChild: found.insert(.physical)
            case .sexualAbuseAdultOnChild, .sexualAbuseChildOnChild: found.insert(.sexual)
            default: break
            }
        }
        for category in caseFile.referral.concern.categories {
            switch category {
            case .neglect: found.insert(.neglect)
            case .emotionalAbuse: found.insert(.emotional)
            case .physicalAbuse: found.insert(.physical)
            case .sexualAbuse: found.insert(.sexual)
            default: break
            }
        }
        if found.count > 1 { return .multiple }
        return found.first
    }
}
