/// Who is told when a deadline passes without what it waited for. An agency's research: its MASH lead at
/// once, and the hub manager `hubManagerAfter` later if the answer is still not in. The research as a whole
/// (the stage has not finished it) and a held proposal not decided in time: the hub manager at once.
public struct DeadlineEscalationPolicy: Codable, Sendable, Hashable {
    /// How long after a missed agency deadline the hub manager is told too.
    public var hubManagerAfter: Deadline

    public init(hubManagerAfter: Deadline) {
        self.hubManagerAfter = hubManagerAfter
    }

    /// The hub manager two clock hours after the agency's MASH lead.
    public static let `default` = DeadlineEscalationPolicy(hubManagerAfter: .clockHours(2))
}
