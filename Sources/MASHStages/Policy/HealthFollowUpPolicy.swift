import MASHCore

/// When a decision adds a health follow-up beside its primary outcome.
public struct HealthFollowUpPolicy: Codable, Sendable, Hashable {
    /// The least level that gets a health follow-up.
    public var minimumLevel: Level
    /// A follow-up when health holds records on the case.
    public var whenHealthHoldsRecords: Bool
    /// A follow-up when the child is younger than this many years (the health visitor's age group).
    public var whenChildYoungerThan: Int?
    /// A follow-up when the child is on a child protection plan or looked after (CP-IS).
    public var whenChildProtectionPlanOrLookedAfter: Bool

    /// A health follow-up policy.
    public init(minimumLevel: Level, whenHealthHoldsRecords: Bool, whenChildYoungerThan: Int?,
                whenChildProtectionPlanOrLookedAfter: Bool) {
        self.minimumLevel = minimumLevel
        self.whenHealthHoldsRecords = whenHealthHoldsRecords
        self.whenChildYoungerThan = whenChildYoungerThan
        self.whenChildProtectionPlanOrLookedAfter = whenChildProtectionPlanOrLookedAfter
    }
}
