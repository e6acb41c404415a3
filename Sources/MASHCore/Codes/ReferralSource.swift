/// Who made the referral: the DfE Children in Need census `ReferralSource` code.
public enum ReferralSource: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case familyRelativeOrCarer = "1A"
    case acquaintance = "1B"
    case selfReferral = "1C"
    case otherIndividual = "1D"
    case schools = "2A"
    case educationServices = "2B"
    case generalPractitioner = "3A"
    case healthVisitor = "3B"
    case schoolNurse = "3C"
    case otherPrimaryHealthServices = "3D"
    case accidentAndEmergency = "3E"
    case otherHealthServices = "3F"
    case housing = "4"
    case localAuthoritySocialCare = "5A"
    case localAuthorityOtherInternal = "5B"
    case localAuthorityExternal = "5C"
    case police = "6"
    case otherLegalAgency = "7"
    case other = "8"
    case anonymous = "9"
    case unknown = "10"

    /// The census wording for the code.
    public var description: String {
        switch self {
        case .familyRelativeOrCarer: "Individual: family member, relative or carer"
        case .acquaintance: "Individual: acquaintance (including neighbours and child minders)"
        case .selfReferral: "Individual: self"
        case .otherIndividual: "Individual: other (including strangers, MPs)"
        case .schools: "Schools"
        case .educationServices: "Education services"
        case .generalPractitioner: "Health services: GP"
        case .healthVisitor: "Health services: health visitor"
        case .schoolNurse: "Health services: school nurse"
        case .otherPrimaryHealthServices: "Health services: other primary health services"
        case .accidentAndEmergency: "Health services: A&E"
        case .otherHealthServices: "Health services: other (e.g. hospice)"
        case .housing: "Housing (LA housing or housing association)"
        case .localAuthoritySocialCare: "LA services: social care"
        case .localAuthorityOtherInternal: "LA services: other internal"
        case .localAuthorityExternal: "LA services: external (e.g. from another LA)"
        case .police: "Police"
        case .otherLegalAgency: "Other legal agency (courts, probation, immigration, CAFCASS, prison)"
        case .other: "Other (including voluntary sector and faith groups)"
        case .anonymous: "Anonymous"
        case .unknown: "Unknown"
        }
    }

    /// The hub partner the source belongs to, or nil for individuals, anonymous and unknown sources.
    public var agency: Agency? {
        switch self {
        case .schools, .educationServices: .education
        case .generalPractitioner, .healthVisitor, .schoolNurse, .otherPrimaryHealthServices,
             .accidentAndEmergency, .otherHealthServices: .health
        case .housing: .housing
        case .localAuthoritySocialCare, .localAuthorityOtherInternal, .localAuthorityExternal: .socialCare
        case .police: .police
        case .otherLegalAgency: .probation
        case .familyRelativeOrCarer, .acquaintance, .selfReferral, .otherIndividual,
             .other, .anonymous, .unknown: nil
        }
    }
}
