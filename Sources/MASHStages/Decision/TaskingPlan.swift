import MASHCore

/// The taskings a decision's outcomes set off under the policy: each agency and action once, in outcome
/// order, for agencies that have a tasking topic.
struct TaskingPlan {
    /// The rules to act on.
    let rules: [TaskingRule]
    /// The agencies tasked, in order of their first tasking.
    let recipients: [Agency]
    /// Rationale for taskings the policy asked for but the pipeline cannot send.
    let lines: [RationaleLine]

    init(outcomes: [OutcomeKind], childAge: Int?, policy: HubPolicy) {
        var rules: [TaskingRule] = [], recipients: [Agency] = [], lines: [RationaleLine] = []
        var seen = Set<String>()
        for outcome in outcomes {
            for rule in policy.taskings where rule.outcome == outcome && rule.applies(toChildAge: childAge) {
                guard PipelineTopic.tasking(for: rule.recipient) != nil else {
                    lines.append(RationaleLine(
                        rule: "decision.tasking-topic",
                        text: "\(rule.recipient.displayName) has no tasking topic: \(rule.action.rawValue) not sent",
                        facts: []
                    ))
                    continue
                }
                guard seen.insert("\(rule.recipient.rawValue)/\(rule.action.rawValue)").inserted else { continue }
                rules.append(rule)
                if !recipients.contains(rule.recipient) { recipients.append(rule.recipient) }
            }
        }
        self.rules = rules
        self.recipients = recipients
        self.lines = lines
    }
}
