import MASHCore

/// How a case's census factors are coded, in one place for the referral's concerns and for agencies'
/// records: A for the child, B for a parent or carer, C for another member of the household.
enum FactorCoding {
    /// The household roles a referral's concerns are coded for: every role it names, and the child always.
    private static let householdRoles: Set<SubjectRole> = [.child, .parent, .carer, .householdMember]

    /// The factors the referral's concern categories state, for each household role it names.
    ///
    /// Parental substance misuse is the parent's (B, or C for another household member the referral names):
    /// alcohol (1) or drugs (2) as the referral's account says, both when it does not say which.
    static func referralFactors(_ referral: Referral) -> Set<CINFactor> {
        let roles = Set(referral.subjects.map(\.role)).intersection(householdRoles).union([.child])
        var found = Set<CINFactor>()
        for category in referral.concern.categories {
            if category == .parentalSubstanceMisuse {
                let adults = roles.contains(.householdMember) ? [SubjectRole.parent, .householdMember] : [.parent]
                for theme in substances(in: referral.concern.summary) {
                    for role in adults { if let factor = CINFactor.forTheme(theme, role: role) { found.insert(factor) } }
                }
                continue
            }
            for role in roles { if let factor = category.cinFactor(for: role) { found.insert(factor) } }
        }
        return found
    }

    /// The factors an agency's record evidences, coded by whose record it is: a subject's own record by their
    /// role; another person of the household (found at the child's address, or a child the parents' records
    /// name) as another household member (C), whatever subject it was attached to, so a parent's or sibling's
    /// record never becomes the child's factor; of someone the records merely name (an alleged perpetrator,
    /// an associate) only the child-centred factors they evidence (18C on an abuser's record), no themed ones.
    static func factors(of item: IntelligenceItem, subjectRole: SubjectRole?) -> [CINFactor] {
        if ItemRelation.isHouseholdMember(item.relation) {
            // Someone else in the household: their themed factors are another member's (C); a child-centred
            // factor (a sibling's neglect, say) is that child's, not this one's.
            return item.factors.compactMap { $0.theme.flatMap { CINFactor.forTheme($0, role: .householdMember) } }
        }
        if ItemRelation.isNamedAssociate(item.relation) {
            return item.factors.filter { $0.theme == nil }
        }
        return item.factors.compactMap { factor in
            guard let theme = factor.theme else { return factor }
            return subjectRole.flatMap { CINFactor.forTheme(theme, role: $0) }
        }
    }

    /// The substances a referral's account names: alcohol, drugs, or both when it names neither.
    static func substances(in summary: String) -> [FactorTheme] {
        let words = Set(summary.lowercased().split { !$0.isLetter }.map(String.init))
        let alcohol = !words.isDisjoint(with: ["alcohol", "alcoholic", "drink", "drinks", "drinking", "drunk", "intoxicated", "booze", "vodka", "beer", "wine"])
        let drugs = !words.isDisjoint(with: ["drug", "drugs", "cannabis", "heroin", "cocaine", "crack", "spice", "ketamine", "methadone", "amphetamine", "mdma", "needles", "overdose"])
        switch (alcohol, drugs) {
        case (true, false): return [.alcoholMisuse]
        case (false, true): return [.drugMisuse]
        default: return [.alcoholMisuse, .drugMisuse]
        }
    }
}
