/// The census factor themes recorded separately for the child (A), a parent or carer (B)
/// and another household member (C).
public enum FactorTheme: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case alcoholMisuse = "alcohol-misuse"
    case drugMisuse = "drug-misuse"
    case domesticViolence = "domestic-violence"
    case mentalHealth = "mental-health"
    case learningDisability = "learning-disability"
    case physicalDisabilityOrIllness = "physical-disability-or-illness"

    /// The census wording for the theme.
    public var description: String {
        switch self {
        case .alcoholMisuse: "Alcohol misuse"
        case .drugMisuse: "Drug misuse"
        case .domesticViolence: "Domestic violence"
        case .mentalHealth: "Mental health"
        case .learningDisability: "Learning disability"
        case .physicalDisabilityOrIllness: "Physical disability or illness"
        }
    }

    /// The census number shared by the theme's A/B/C codes ("1" for alcohol misuse).
    var codeNumber: String {
        switch self {
        case .alcoholMisuse: "1"
        case .drugMisuse: "2"
        case .domesticViolence: "3"
        case .mentalHealth: "4"
        case .learningDisability: "5"
        case .physicalDisabilityOrIllness: "6"
        }
    }
}

extension CINFactor {
    /// The factor for `theme` about a person in `role`: A for the child, B for a parent or carer,
    /// C for another household member; nil for alleged perpetrators and associates, whose place
    /// in the household is not known from the role alone.
    public static func forTheme(_ theme: FactorTheme, role: SubjectRole) -> CINFactor? {
        let suffix: String
        switch role {
        case .child: suffix = "A"
        case .parent, .carer: suffix = "B"
        case .householdMember: suffix = "C"
        case .allegedPerpetrator, .associate: return nil
        }
        return CINFactor(rawValue: theme.codeNumber + suffix)
    }

    /// The theme of an A/B/C factor (nil for single-variant factors such as 16A neglect, and for 20 "other"
    /// and 21 "no factors", which only share a first digit with 2A-2C drug misuse).
    public var theme: FactorTheme? {
        guard rawValue.count == 2, let suffix = rawValue.last, "ABC".contains(suffix) else { return nil }
        return FactorTheme.allCases.first { rawValue.dropLast() == $0.codeNumber }
    }
}
