/// What is true about a household as a whole.
public struct HouseholdCircumstances: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Domestic abuse between adults (see `Household.domesticAbuse`).
    public static let domesticAbuse = Self(rawValue: 1 << 0)
    /// A parent or carer misuses alcohol or drugs.
    public static let substanceMisuse = Self(rawValue: 1 << 1)
    /// A parent or carer has mental ill health.
    public static let parentalMentalHealth = Self(rawValue: 1 << 2)
    /// The children are neglected.
    public static let neglect = Self(rawValue: 1 << 3)
    /// Rent arrears.
    public static let rentArrears = Self(rawValue: 1 << 4)
    /// Overcrowded.
    public static let overcrowding = Self(rawValue: 1 << 5)
    /// In temporary accommodation.
    public static let temporaryAccommodation = Self(rawValue: 1 << 6)
    /// Complaints of antisocial behaviour.
    public static let antisocialBehaviour = Self(rawValue: 1 << 7)
}
