import MASHCore

/// One tasking an outcome sets off: which agency does what, by when, and about whom.
public struct TaskingRule: Codable, Sendable, Hashable {
    /// The outcome that sets it off.
    public var outcome: OutcomeKind
    /// The agency tasked.
    public var recipient: Agency
    /// What it is asked to do.
    public var action: TaskingAction
    /// When it falls due, from the time the hub received the referral (clock hours on a Red case).
    public var due: Deadline
    /// The roles of the subjects the recipient is told about; absent for every subject.
    public var subjectRoles: [SubjectRole]?
    /// When set, the rule applies only to a child whose age is known and at least this many years.
    public var childAgeFrom: Int?
    /// When set, the rule applies only to a child whose age is known and below this many years.
    public var childAgeBelow: Int?
    /// When true, the rule applies only to a child whose date of birth is unknown.
    public var childAgeUnknown: Bool?

    /// A tasking rule.
    public init(outcome: OutcomeKind, recipient: Agency, action: TaskingAction, due: Deadline,
                subjectRoles: [SubjectRole]? = nil, childAgeFrom: Int? = nil, childAgeBelow: Int? = nil,
                childAgeUnknown: Bool? = nil) {
        self.outcome = outcome
        self.recipient = recipient
        self.action = action
        self.due = due
        self.subjectRoles = subjectRoles
        self.childAgeFrom = childAgeFrom
        self.childAgeBelow = childAgeBelow
        self.childAgeUnknown = childAgeUnknown
    }

    /// Whether the rule applies to a child of this age in whole years (nil when unknown).
    public func applies(toChildAge age: Int?) -> Bool {
        if childAgeUnknown == true { return age == nil }
        if let from = childAgeFrom {
            guard let age, age >= from else { return false }
        }
        if let below = childAgeBelow {
            guard let age, age < below else { return false }
        }
        return true
    }
}
