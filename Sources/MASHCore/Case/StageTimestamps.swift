/// When the case passed each stage, so per-stage latency can be read from the data itself.
public struct StageTimestamps: Sendable, Hashable, Codable {
    /// When the hub received the referral.
    public var received: Timestamp
    /// When the referral stage finished screening.
    public var referral: Timestamp?
    /// When the research stage finished.
    public var research: Timestamp?
    /// When the risk stage finished.
    public var risk: Timestamp?
    /// When the decision stage finished.
    public var decision: Timestamp?

    /// Timestamps so far; later stages fill in their own.
    public init(received: Timestamp, referral: Timestamp? = nil, research: Timestamp? = nil,
                risk: Timestamp? = nil, decision: Timestamp? = nil) {
        self.received = received
        self.referral = referral
        self.research = research
        self.risk = risk
        self.decision = decision
    }
}
