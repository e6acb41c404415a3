import MASHCore

/// One referral in the plan: when it arrives, who sends it, what about, and which child.
public struct ScheduledReferral: Sendable, Hashable {
    /// 1-based position in the stream.
    public var sequence: Int
    /// When the hub receives it.
    public var receivedAt: Timestamp
    /// Who sends it.
    public var source: ReferralSource
    /// What it is mainly about.
    public var theme: ReferralTheme
    /// The child referred (index into the population's people).
    public var child: Int
    /// A sibling referred with them, if any.
    public var sibling: Int?
    /// Whether the child was referred within the 12 months before (by the social care extract or earlier in the stream).
    public var isReReferral: Bool
}
