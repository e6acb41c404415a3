import MASHCore

/// The least level each risk rule sets when it fires, and the look-back windows the rules use.
public struct RiskLevels: Codable, Sendable, Hashable {
    /// Any MARAC reason (high-risk DASH, escalation, honour-based violence, repeat after MARAC).
    public var marac: Level
    /// The child is on a child protection plan, or was within `careEndedWithinMonths`.
    public var childProtectionPlan: Level
    /// The child is looked after, or was within `careEndedWithinMonths`.
    public var lookedAfter: Level
    /// How recently a plan or care episode may have ended and still count, in months.
    public var careEndedWithinMonths: Int
    /// The child is open to an agency.
    public var openCase: Level
    /// The child has been missing.
    public var missingChild: Level
    /// Signs of sexual or criminal exploitation, trafficking or gangs.
    public var exploitation: Level
    /// A referral within the repeat window of an earlier one.
    public var repeatReferral: Level
    /// The repeat-referral window, in months before the referral was received.
    public var repeatReferralWindowMonths: Int
    /// Repeated low-level concerns: earlier referrals within the repeat window that ended in these outcomes...
    public var repeatLowLevelOutcomes: [OutcomeKind]
    /// ...at least this many of them...
    public var repeatLowLevelCount: Int
    /// ...set at least this level: concerns that look harmless one by one are what a MASH must spot.
    public var repeatLowLevel: Level
    /// How far back a MARAC case, a missing episode or an item's DASH score counts, in months.
    public var historyWindowMonths: Int

    /// Levels per rule.
    public init(marac: Level, childProtectionPlan: Level, lookedAfter: Level, careEndedWithinMonths: Int,
                openCase: Level, missingChild: Level, exploitation: Level, repeatReferral: Level,
                repeatReferralWindowMonths: Int, repeatLowLevelOutcomes: [OutcomeKind], repeatLowLevelCount: Int, repeatLowLevel: Level,
                historyWindowMonths: Int) {
        self.marac = marac
        self.childProtectionPlan = childProtectionPlan
        self.lookedAfter = lookedAfter
        self.careEndedWithinMonths = careEndedWithinMonths
        self.openCase = openCase
        self.missingChild = missingChild
        self.exploitation = exploitation
        self.repeatReferral = repeatReferral
        self.repeatReferralWindowMonths = repeatReferralWindowMonths
        self.repeatLowLevelOutcomes = repeatLowLevelOutcomes
        self.repeatLowLevelCount = repeatLowLevelCount
        self.repeatLowLevel = repeatLowLevel
        self.historyWindowMonths = historyWindowMonths
    }
}
