/// The type of response decided for a case.
public enum OutcomeKind: String, Sendable, Hashable, Codable, CaseIterable {
    case noFurtherAction = "no-further-action"
    case informationAndAdvice = "information-and-advice"
    case earlyHelp = "early-help"
    case s17Assessment = "s17-assessment"
    case s47StrategyDiscussion = "s47-strategy-discussion"
    case policeInvestigation = "police-investigation"
    case healthFollowUp = "health-follow-up"
    case maracReferral = "marac-referral"
    case routedToAllocatedWorker = "routed-to-allocated-worker"
}
