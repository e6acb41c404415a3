/// A factor identified at assessment: the DfE Children in Need census code.
///
/// Suffix A is about the child, B a parent or carer, C another member of the household.
public enum CINFactor: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case alcoholMisuseChild = "1A"
    case alcoholMisuseParentOrCarer = "1B"
    case alcoholMisuseOtherInHousehold = "1C"
    case drugMisuseChild = "2A"
    case drugMisuseParentOrCarer = "2B"
    case drugMisuseOtherInHousehold = "2C"
    case domesticViolenceChild = "3A"
    case domesticViolenceParentOrCarer = "3B"
    case domesticViolenceOtherInHousehold = "3C"
    case mentalHealthChild = "4A"
    case mentalHealthParentOrCarer = "4B"
    case mentalHealthOtherInHousehold = "4C"
    case learningDisabilityChild = "5A"
    case learningDisabilityParentOrCarer = "5B"
    case learningDisabilityOtherInHousehold = "5C"
    case physicalDisabilityOrIllnessChild = "6A"
    case physicalDisabilityOrIllnessParentOrCarer = "6B"
    case physicalDisabilityOrIllnessOtherInHousehold = "6C"
    case youngCarer = "7A"
    case privatelyFosteredOverseasIntendingToReturn = "8B"
    case privatelyFosteredOverseasIntendingToStay = "8C"
    case privatelyFosteredUKEducationalPlacement = "8D"
    case privatelyFosteredUKAlternativeFamilyArrangement = "8E"
    case privatelyFosteredOther = "8F"
    case unaccompaniedAsylumSeekingChild = "9A"
    case missing = "10A"
    case childSexualExploitation = "11A"
    case trafficking = "12A"
    case gangs = "13A"
    case sociallyUnacceptableBehaviour = "14A"
    case selfHarm = "15A"
    case neglect = "16A"
    case emotionalAbuse = "17A"
    case physicalAbuseChildOnChild = "18B"
    case physicalAbuseAdultOnChild = "18C"
    case sexualAbuseChildOnChild = "19B"
    case sexualAbuseAdultOnChild = "19C"
    case other = "20"
    case noFactorsIdentified = "21"
    case femaleGenitalMutilation = "22A"
    case abuseLinkedToFaithOrBelief = "23A"
    case childCriminalExploitation = "24A"

    /// The census wording for the factor.
    public var description: String {
        if let theme, let subject = themedSubject { return "\(theme.description): \(subject)" }
        switch self {
        case .youngCarer: return "Young carer"
        case .privatelyFosteredOverseasIntendingToReturn: return "Privately fostered: overseas child who intends to return"
        case .privatelyFosteredOverseasIntendingToStay: return "Privately fostered: overseas child who intends to stay"
        case .privatelyFosteredUKEducationalPlacement: return "Privately fostered: UK child in educational placement"
        case .privatelyFosteredUKAlternativeFamilyArrangement: return "Privately fostered: UK child making alternative family arrangements"
        case .privatelyFosteredOther: return "Privately fostered: other"
        case .unaccompaniedAsylumSeekingChild: return "Unaccompanied asylum-seeking child"
        case .missing: return "Going or being missing"
        case .childSexualExploitation: return "Child sexual exploitation"
        case .trafficking: return "Trafficking"
        case .gangs: return "Gangs"
        case .sociallyUnacceptableBehaviour: return "Socially unacceptable behaviour"
        case .selfHarm: return "Self-harm"
        case .neglect: return "Neglect"
        case .emotionalAbuse: return "Emotional abuse"
        case .physicalAbuseChildOnChild: return "Physical abuse: child on child"
        case .physicalAbuseAdultOnChild: return "Physical abuse: adult on child"
        case .sexualAbuseChildOnChild: return "Sexual abuse: child on child"
        case .sexualAbuseAdultOnChild: return "Sexual abuse: adult on child"
        case .other: return "Other"
        case .noFactorsIdentified: return "No factors identified"
        case .femaleGenitalMutilation: return "Female genital mutilation"
        case .abuseLinkedToFaithOrBelief: return "Abuse linked to faith or belief"
        case .childCriminalExploitation: return "Child criminal exploitation"
        default: return rawValue
        }
    }

    private var themedSubject: String? {
        switch rawValue.last {
        case "A": "child"
        case "B": "parent or carer"
        case "C": "other person in the household"
        default: nil
        }
    }
}
