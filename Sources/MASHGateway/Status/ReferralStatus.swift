import MASHCore

/// Where a partner's referral has got, as the partner may know it.
public enum ReferralStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// On the hub's intake topic, not yet screened.
    case received
    /// Screened and accepted: the case is open and the agencies' records are being searched.
    case researching
    /// The hub's proposal waits for a named person to decide.
    case awaitingDecision = "awaiting-decision"
    /// Decided: the outcome is given.
    case decided
    /// Refused by the hub's screening: the reason is given.
    case rejected

    /// Statuses only move forward; a refusal can only follow receipt.
    var rank: Int {
        switch self {
        case .received: 0
        case .researching: 1
        case .awaitingDecision: 2
        case .decided: 3
        case .rejected: 4
        }
    }

    /// Whether a referral at this status may move to `next`.
    func mayMove(to next: ReferralStatus) -> Bool {
        next == .rejected ? self == .received : next != self && next.rank > rank && self != .rejected
    }
}

/// What the referrer is told of the decision: the outcomes and when, in words, and whether a person decided
/// (Working Together: the referrer hears the outcome and the action taken). Never the rationale, the level,
/// the research or any agency's information.
public struct ReferrerFeedback: Sendable, Hashable, Codable {
    public var outcome: OutcomeKind
    public var additionalOutcomes: [OutcomeKind]
    public var summary: String
    public var decidedAt: Timestamp
    /// Whether a named person signed the decision (else the hub's policy issued it).
    public var signedByAPerson: Bool

    init(_ outcome: Outcome) {
        self.outcome = outcome.decision.outcome
        additionalOutcomes = outcome.decision.additionalOutcomes
        summary = ([outcome.decision.outcome] + outcome.decision.additionalOutcomes).map(Self.words).joined(separator: " ")
        decidedAt = outcome.decision.decidedAt
        signedByAPerson = outcome.decision.signOff != nil
    }

    static func words(_ kind: OutcomeKind) -> String {
        switch kind {
        case .noFurtherAction: "No further action by the hub."
        case .informationAndAdvice: "Information and advice given; no statutory service."
        case .earlyHelp: "Referred for early help."
        case .s17Assessment: "Children's social care will assess the child's needs (Children Act 1989, section 17)."
        case .s47StrategyDiscussion: "A strategy discussion will consider child protection enquiries (section 47)."
        case .policeInvestigation: "The police have been asked to investigate."
        case .healthFollowUp: "Health services have been asked to follow up."
        case .maracReferral: "Referred to the MARAC."
        case .routedToAllocatedWorker: "Passed to the child's allocated social worker."
        }
    }
}
