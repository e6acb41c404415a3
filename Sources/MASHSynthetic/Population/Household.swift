import MASHCore

/// People living at one address.
public struct Household: Sendable, Hashable {
    /// Position in `SyntheticPopulation.households`.
    public let index: Int
    /// Who lives together: a couple, a lone parent and children...
    public let kind: HouseholdKind
    /// Where they live now.
    public let address: SyntheticAddress
    /// Where they lived before, if they moved in the last two years.
    public let previousAddress: SyntheticAddress?
    /// When they moved, if they did.
    public let movedOn: LocalDate?
    /// Their positions in `SyntheticPopulation.people` (members are stored together).
    public let members: Range<Int>
    /// The primary school the children attend (an index into `SyntheticPopulation.schools`).
    public let primarySchool: Int
    /// The secondary school the children attend (an index into `SyntheticPopulation.schools`).
    public let secondarySchool: Int
    /// 0 none, 1 one or two difficulties, 2 many: most records concern the few households at 2.
    public internal(set) var adversity: Int
    /// What is going on in the household as a whole.
    public internal(set) var circumstances: HouseholdCircumstances
    /// Domestic abuse between its adults (or by an ex-partner), if any.
    public internal(set) var domesticAbuse: DomesticAbuseSituation?
    /// Everything true of any member (the union of their circumstances), to skip quiet households fast.
    public internal(set) var memberCircumstances: PersonCircumstances = []

    /// The identifier, e.g. "H0000007".
    public var id: String { "H" + ZeroPadded.digits(index + 1, width: 7) }
}
