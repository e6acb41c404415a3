import MASHCore

/// The census factors a case evidences, coded by the role of the person they are about: A the child,
/// B a parent or carer, C another household member.
enum CINFactorCollector {
    /// Factors from the referral's concern categories (for each household role the referral names) and
    /// from every item (themed factors re-coded for the role of the subject the item is attached to), in
    /// census order, each once.
    static func factors(of caseFile: CaseFile) -> [CINFactor] {
        var found = Set<CINFactor>()
        let householdRoles: Set<SubjectRole> = [.child, .parent, .carer, .householdMember]
        let roles = Set(caseFile.referral.subjects.map(\.role)).intersection(householdRoles).union([.child])
        for category in caseFile.referral.concern.categories {
            for role in roles { if let factor = category.cinFactor(for: role) { found.insert(factor) } }
        }
        let roleById = Dictionary(caseFile.referral.subjects.map { ($0.subjectId, $0.role) }) { first, _ in first }
        for item in caseFile.research?.items ?? [] {
            for factor in item.factors {
                guard let theme = factor.theme, let role = roleById[item.subjectId] else {
                    found.insert(factor)
                    continue
                }
                // An alleged perpetrator's or associate's factor says nothing about the child's household.
                if let coded = CINFactor.forTheme(theme, role: role) { found.insert(coded) }
            }
        }
        // "No factors identified" is only for a no-further-action outcome, which the decision makes.
        found.remove(.noFactorsIdentified)
        return CINFactor.allCases.filter(found.contains)
    }
}
