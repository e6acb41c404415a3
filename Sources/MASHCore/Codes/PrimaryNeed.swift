/// The child's primary need at assessment (census codes N0-N9).
public enum PrimaryNeed: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case notStated = "N0"
    case abuseOrNeglect = "N1"
    case childsDisability = "N2"
    case parentalDisabilityOrIllness = "N3"
    case familyInAcuteStress = "N4"
    case familyDysfunction = "N5"
    case sociallyUnacceptableBehaviour = "N6"
    case lowIncome = "N7"
    case absentParenting = "N8"
    case notInNeed = "N9"

    /// The census wording for the code.
    public var description: String {
        switch self {
        case .notStated: "Not stated"
        case .abuseOrNeglect: "Abuse or neglect"
        case .childsDisability: "Child's disability"
        case .parentalDisabilityOrIllness: "Parental disability or illness"
        case .familyInAcuteStress: "Family in acute stress"
        case .familyDysfunction: "Family dysfunction"
        case .sociallyUnacceptableBehaviour: "Socially unacceptable behaviour"
        case .lowIncome: "Low income"
        case .absentParenting: "Absent parenting"
        case .notInNeed: "Cases other than children in need"
        }
    }
}
