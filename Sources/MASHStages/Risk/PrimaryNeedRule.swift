import MASHCore

/// The child's primary need (census N0-N9) from the factors found: the first need in this order whose
/// factors are present.
///
/// Abuse or neglect (including domestic abuse and exploitation) comes first because it is what MASH
/// exists for; then the child's disability, parental disability or illness, family dysfunction
/// (substance misuse, others' mental health), socially unacceptable behaviour, absent parenting
/// (unaccompanied or privately fostered children) and acute stress. With none of them, a level-1 case is
/// N9 (not a child in need) and anything else N0 (not stated).
enum PrimaryNeedRule {
    static let order: [(PrimaryNeed, Set<CINFactor>)] = [
        (.abuseOrNeglect, [
            .domesticViolenceChild, .domesticViolenceParentOrCarer, .domesticViolenceOtherInHousehold, .neglect,
            .emotionalAbuse, .physicalAbuseChildOnChild, .physicalAbuseAdultOnChild, .sexualAbuseChildOnChild,
            .sexualAbuseAdultOnChild, .femaleGenitalMutilation, .abuseLinkedToFaithOrBelief,
            .childSexualExploitation, .childCriminalExploitation, .trafficking,
        ]),
        (.childsDisability, [.learningDisabilityChild, .physicalDisabilityOrIllnessChild]),
        (.parentalDisabilityOrIllness, [
            .mentalHealthParentOrCarer, .learningDisabilityParentOrCarer, .physicalDisabilityOrIllnessParentOrCarer,
        ]),
        (.familyDysfunction, [
            .alcoholMisuseParentOrCarer, .drugMisuseParentOrCarer, .alcoholMisuseOtherInHousehold,
            .drugMisuseOtherInHousehold, .mentalHealthOtherInHousehold,
        ]),
        (.sociallyUnacceptableBehaviour, [.sociallyUnacceptableBehaviour, .gangs, .alcoholMisuseChild, .drugMisuseChild]),
        (.absentParenting, [
            .unaccompaniedAsylumSeekingChild, .privatelyFosteredOverseasIntendingToReturn,
            .privatelyFosteredOverseasIntendingToStay, .privatelyFosteredUKEducationalPlacement,
            .privatelyFosteredUKAlternativeFamilyArrangement, .privatelyFosteredOther,
        ]),
        (.familyInAcuteStress, [.youngCarer, .missing, .selfHarm, .mentalHealthChild]),
    ]

    static func primaryNeed(factors: [CINFactor], level: Level) -> PrimaryNeed {
        let present = Set(factors)
        for (need, evidencing) in order where !present.isDisjoint(with: evidencing) { return need }
        return level == .universal ? .notInNeed : .notStated
    }
}
