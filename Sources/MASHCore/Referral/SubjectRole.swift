/// How a person named in a referral stands in relation to the case.
public enum SubjectRole: String, Sendable, Hashable, Codable, CaseIterable {
    case child
    case parent
    case carer
    case householdMember = "household-member"
    case allegedPerpetrator = "alleged-perpetrator"
    case associate
}
