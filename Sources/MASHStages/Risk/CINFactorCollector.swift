import MASHCore

/// The census factors a case evidences, coded by the role of the person they are about: A the child,
/// B a parent or carer, C another household member (see `FactorCoding`).
enum CINFactorCollector {
    /// Factors from the referral's concern categories and from every item, in census order, each once.
    static func factors(of caseFile: CaseFile) -> [CINFactor] {
        var found = FactorCoding.referralFactors(caseFile.referral)
        let roleById = Dictionary(caseFile.referral.subjects.map { ($0.subjectId, $0.role) }) { first, _ in first }
        for item in caseFile.research?.items ?? [] {
            found.formUnion(FactorCoding.factors(of: item, subjectRole: roleById[item.subjectId]))
        }
        // "No factors identified" is only for a no-further-action outcome, which the decision makes.
        found.remove(.noFactorsIdentified)
        return CINFactor.allCases.filter(found.contains)
    }
}
