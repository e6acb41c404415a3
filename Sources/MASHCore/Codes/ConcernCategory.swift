/// What a referral is worried about, as the referrer puts it.
public enum ConcernCategory: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case domesticAbuse = "domestic-abuse"
    case neglect
    case physicalAbuse = "physical-abuse"
    case sexualAbuse = "sexual-abuse"
    case emotionalAbuse = "emotional-abuse"
    case missing
    case childSexualExploitation = "child-sexual-exploitation"
    case childCriminalExploitation = "child-criminal-exploitation"
    case trafficking
    case gangs
    case selfHarm = "self-harm"
    case childMentalHealth = "child-mental-health"
    case parentalMentalHealth = "parental-mental-health"
    case parentalSubstanceMisuse = "parental-substance-misuse"
    case fgm
    case honourBasedViolence = "honour-based-violence"
    case faithBasedAbuse = "faith-based-abuse"
    case radicalisation
    case schoolAttendance = "school-attendance"
    case behaviour
    case housing
    case youngCarer = "young-carer"
    case unaccompaniedAsylumSeeker = "unaccompanied-asylum-seeker"
    case privateFostering = "private-fostering"
    case other

    /// How the concern reads in a report, e.g. "Child criminal exploitation".
    public var description: String {
        switch self {
        case .domesticAbuse: "Domestic abuse"
        case .neglect: "Neglect"
        case .physicalAbuse: "Physical abuse"
        case .sexualAbuse: "Sexual abuse"
        case .emotionalAbuse: "Emotional abuse"
        case .missing: "Missing"
        case .childSexualExploitation: "Child sexual exploitation"
        case .childCriminalExploitation: "Child criminal exploitation"
        case .trafficking: "Trafficking"
        case .gangs: "Gangs"
        case .selfHarm: "Self-harm"
        case .childMentalHealth: "Child's mental health"
        case .parentalMentalHealth: "Parental mental health"
        case .parentalSubstanceMisuse: "Parental substance misuse"
        case .fgm: "Female genital mutilation"
        case .honourBasedViolence: "Honour-based violence"
        case .faithBasedAbuse: "Abuse linked to faith or belief"
        case .radicalisation: "Radicalisation"
        case .schoolAttendance: "School attendance"
        case .behaviour: "Behaviour"
        case .housing: "Housing"
        case .youngCarer: "Young carer"
        case .unaccompaniedAsylumSeeker: "Unaccompanied asylum seeker"
        case .privateFostering: "Private fostering"
        case .other: "Other"
        }
    }

    /// The census factor this concern records for a subject in `role`, or nil where there is none.
    ///
    /// Only domestic abuse and parental mental health depend on the role (A/B/C variants); the
    /// child-centred factors are the same whoever the subject is. Abuse defaults to the
    /// adult-on-child codes (18C, 19C); private fostering to 8F (the sub-type needs assessment).
    /// Parental substance misuse is nil here: alcohol (1B) and drugs (2B) cannot be told apart from the
    /// category alone; the risk stage codes it from what the referral's account says.
    /// Honour-based violence and radicalisation have no census code of their own and map to 20;
    /// school attendance and housing are not assessment factors.
    public func cinFactor(for role: SubjectRole) -> CINFactor? {
        switch self {
        case .domesticAbuse: CINFactor.forTheme(.domesticViolence, role: role)
        case .parentalMentalHealth:
            role == .householdMember ? .mentalHealthOtherInHousehold : .mentalHealthParentOrCarer
        case .childMentalHealth: .mentalHealthChild
        case .neglect: .neglect
        case .physicalAbuse: .physicalAbuseAdultOnChild
        case .sexualAbuse: .sexualAbuseAdultOnChild
        case .emotionalAbuse: .emotionalAbuse
        case .missing: .missing
        case .childSexualExploitation: .childSexualExploitation
        case .childCriminalExploitation: .childCriminalExploitation
        case .trafficking: .trafficking
        case .gangs: .gangs
        case .selfHarm: .selfHarm
        case .fgm: .femaleGenitalMutilation
        case .faithBasedAbuse: .abuseLinkedToFaithOrBelief
        case .behaviour: .sociallyUnacceptableBehaviour
        case .youngCarer: .youngCarer
        case .unaccompaniedAsylumSeeker: .unaccompaniedAsylumSeekingChild
        case .privateFostering: .privatelyFosteredOther
        case .honourBasedViolence, .radicalisation, .other: .other
        case .parentalSubstanceMisuse, .schoolAttendance, .housing: nil
        }
    }
}
