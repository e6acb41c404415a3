/// What an agency is asked to do.
public enum TaskingAction: String, Sendable, Hashable, Codable, CaseIterable {
    case s47StrategyDiscussion = "s47-strategy-discussion"
    case s17Assessment = "s17-assessment"
    case earlyHelpAssessment = "early-help-assessment"
    case childAbuseInvestigation = "child-abuse-investigation"
    case policeInvestigation = "police-investigation"
    case maracReferral = "marac-referral"
    case healthVisitorFollowUp = "health-visitor-follow-up"
    case gpFollowUp = "gp-follow-up"
    case schoolNurseFollowUp = "school-nurse-follow-up"
    /// Set the NHS Child Protection Information Sharing flag.
    case cpisFlag = "cp-is-flag"
    case allocatedWorkerUpdate = "allocated-worker-update"
    case informationAndAdvice = "information-and-advice"
}
