/// What is true about a person that agencies would know: the facts the extracts and referrals are drawn from.
public struct PersonCircumstances: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Open to children's social care now (child in need, protection or looked after).
    public static let openCase = Self(rawValue: 1 << 0)
    /// On a child protection plan now.
    public static let childProtectionPlan = Self(rawValue: 1 << 1)
    /// A child protection plan ended within the last 12 months.
    public static let childProtectionPlanEnded = Self(rawValue: 1 << 2)
    /// Looked after by the local authority now.
    public static let lookedAfter = Self(rawValue: 1 << 3)
    /// Was looked after in the past.
    public static let lookedAfterEnded = Self(rawValue: 1 << 4)
    /// Referred to social care before (over the last two years).
    public static let previouslyReferred = Self(rawValue: 1 << 5)
    /// Goes missing from home.
    public static let missingEpisodes = Self(rawValue: 1 << 6)
    /// At risk of child criminal exploitation.
    public static let criminalExploitation = Self(rawValue: 1 << 7)
    /// At risk of child sexual exploitation.
    public static let sexualExploitation = Self(rawValue: 1 << 8)
    /// Persistently absent from school.
    public static let persistentAbsence = Self(rawValue: 1 << 9)
    /// Suspended or excluded from school.
    public static let excluded = Self(rawValue: 1 << 10)
    /// Health visitor concerns (under-fives).
    public static let healthVisitorConcern = Self(rawValue: 1 << 11)
    /// GP concerns.
    public static let gpConcern = Self(rawValue: 1 << 12)
    /// Attends A&E with injuries.
    public static let injuryAttendances = Self(rawValue: 1 << 13)
    /// Supervised by probation now or recently.
    public static let probationSupervision = Self(rawValue: 1 << 14)
    /// Mental ill health.
    public static let mentalHealth = Self(rawValue: 1 << 15)
    /// Misuses alcohol or drugs.
    public static let substanceMisuse = Self(rawValue: 1 << 16)
    /// Self-harms.
    public static let selfHarm = Self(rawValue: 1 << 17)
    /// Cares for a parent.
    public static let youngCarer = Self(rawValue: 1 << 18)
    /// Suspected of offences.
    public static let offender = Self(rawValue: 1 << 19)
    /// Victim of a crime recently.
    public static let crimeVictim = Self(rawValue: 1 << 20)
}
