import MASHCore

/// One invented person in the population, as they truly are.
public struct SyntheticPerson: Sendable, Hashable {
    /// Position in `SyntheticPopulation.people`.
    public let index: Int
    public let forename: String
    public let surname: String
    public let dateOfBirth: LocalDate
    public let sex: Sex
    /// Position of their household in `SyntheticPopulation.households`.
    public let householdIndex: Int
    /// How they stand in their household.
    public let role: HouseholdRole
    /// Ten digits in the 999 test range, valid check digit.
    public let nhsNumber: String
    /// For children of school age: a valid UPN.
    public let upn: String?
    /// The facts about them that agencies may record.
    public internal(set) var circumstances: PersonCircumstances

    /// The population-wide identifier, e.g. "P0000042".
    public var id: String { Self.id(forIndex: index) }

    /// The identifier of the person at `index` (`SyntheticHub` writes the same digits into truth.csv directly).
    public static func id(forIndex index: Int) -> String {
        "P" + ZeroPadded.digits(index + 1, width: 7)
    }

    /// Whether they are under 18 (their household role is child).
    public var isChild: Bool { role == .child }
}
