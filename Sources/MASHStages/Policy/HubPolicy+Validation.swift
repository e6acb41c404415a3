import MASHCore

extension HubPolicy {
    /// The most hours any deadline may be: a year of clock hours.
    public static let longestDeadlineHours = 8_784

    /// Every value the stages cannot work with, each with its path; empty for a usable policy.
    ///
    /// Decoding already refuses unknown codes, levels outside 1-4 and values of the wrong kind; this
    /// checks what decoding cannot: negative or runaway hours, a Red deadline in working hours, a
    /// calendar with no working time, bands out of order, taskings to agencies without a tasking topic.
    public func problems() -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        func problem(_ path: PolicyPath, _ message: String) { problems.append(PolicyProblem(path: path, message: message)) }
        let top = PolicyPath()

        if version.allSatisfy(\.isWhitespace) { problem(top.appending("version"), "must name the policy") }
        problems += calendarProblems(top.appending("calendar"))
        problems += researchDeadlineProblems(top.appending("researchDeadlines"))
        problems += continuumProblems(top.appending("continuum"))

        let dashPath = top.appending("dash"), questions = DASHVersion.police27.questionCount
        if dash.mediumFrom < 1 { problem(dashPath.appending("mediumFrom"), "\(dash.mediumFrom) must be at least 1 yes answer") }
        if dash.highFrom < dash.mediumFrom {
            problem(dashPath.appending("highFrom"), "\(dash.highFrom) is below mediumFrom (\(dash.mediumFrom)): the bands must rise")
        }
        if dash.highFrom > questions {
            problem(dashPath.appending("highFrom"), "\(dash.highFrom) is more than the \(questions) questions of the longest checklist: no DASH could reach it")
        }
        let escalationPath = top.appending("escalation")
        for (key, value) in [("incidentsBySamePerpetrator", escalation.incidentsBySamePerpetrator),
                             ("crimesBySamePerpetrator", escalation.crimesBySamePerpetrator)] where value < 1 {
            problem(escalationPath.appending(key), "\(value) must be at least 1")
        }
        if escalation.windowMonths < 0 { problem(escalationPath.appending("windowMonths"), "\(escalation.windowMonths) months cannot be negative") }
        let riskPath = top.appending("riskLevels")
        if riskLevels.repeatLowLevelCount < 1 {
            problem(riskPath.appending("repeatLowLevelCount"), "\(riskLevels.repeatLowLevelCount) must be at least 1 earlier referral")
        }
        for (key, value) in [("careEndedWithinMonths", riskLevels.careEndedWithinMonths),
                             ("repeatReferralWindowMonths", riskLevels.repeatReferralWindowMonths),
                             ("historyWindowMonths", riskLevels.historyWindowMonths)] where value < 0 {
            problem(riskPath.appending(key), "\(value) months cannot be negative")
        }
        for (index, level) in Level.allCases.enumerated() {
            let response = outcomes[level]
            if ([response.outcome] + response.additionalOutcomes).contains(.routedToAllocatedWorker) {
                problem(top.appending("outcomes").appending("level\(index + 1)"),
                        "routed-to-allocated-worker is the referral stage's routing of open cases, not a response to a level")
            }
        }
        if let age = healthFollowUp.whenChildYoungerThan, age < 0 {
            problem(top.appending("healthFollowUp").appending("whenChildYoungerThan"), "\(age) years cannot be negative")
        }
        problems += taskingProblems(top.appending("taskings"))
        let signOffPath = top.appending("signOff")
        if !(0...1).contains(signOff.possibleMatchBelow) {
            problem(signOffPath.appending("possibleMatchBelow"),
                    "\(signOff.possibleMatchBelow) is not a match confidence: it must be between 0 and 1")
        }
        for rag in RAG.allCases.reversed() {
            if let deadline = signOff.decisionDue[rag] {
                problems += deadlineProblems(deadline, rag: rag, path: signOffPath.appending("decisionDue").appending(rag.rawValue))
            } else {
                problem(signOffPath.appending("decisionDue").appending(rag.rawValue), "a held decision needs a deadline for every RAG")
            }
        }
        return problems
    }

    private func calendarProblems(_ path: PolicyPath) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        if calendar.closesAt <= calendar.opensAt {
            problems.append(PolicyProblem(path: path.appending("closesAt"),
                                          message: "\(calendar.closesAt) is not after opensAt (\(calendar.opensAt)): a working day needs working hours"))
        }
        if calendar.workingDays.isEmpty {
            problems.append(PolicyProblem(path: path.appending("workingDays"), message: "name at least one working day"))
        } else if Set(calendar.workingDays).count != calendar.workingDays.count {
            problems.append(PolicyProblem(path: path.appending("workingDays"), message: "names a day more than once"))
        }
        return problems
    }

    private func researchDeadlineProblems(_ path: PolicyPath) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        for rag in RAG.allCases.reversed() {
            if let deadline = researchDeadlines.deadline(for: rag) {
                problems += deadlineProblems(deadline, rag: rag, path: path.appending(rag.rawValue))
            }
        }
        for agency in Agency.allCases {
            guard let own = researchDeadlines.perAgency[agency] else { continue }
            for rag in RAG.allCases.reversed() {
                if let deadline = own[rag] {
                    problems += deadlineProblems(deadline, rag: rag, path: path.appending("perAgency").appending(agency.rawValue).appending(rag.rawValue))
                }
            }
        }
        return problems
    }

    /// A deadline's problems; `rag` is the rating it applies to, or nil when it may apply to any.
    func deadlineProblems(_ deadline: Deadline, rag: RAG?, path: PolicyPath) -> [PolicyProblem] {
        if deadline.hours < 0 {
            return [PolicyProblem(path: path.appending("hours"), message: "\(deadline.hours) hours is negative: a deadline must be 0 hours or more")]
        }
        if deadline.hours > Self.longestDeadlineHours {
            return [PolicyProblem(path: path.appending("hours"), message: "\(deadline.hours) hours is more than a year (\(Self.longestDeadlineHours) hours)")]
        }
        if rag == .red, deadline.counting == .working {
            return [PolicyProblem(path: path.appending("counting"), message: "Red always counts clock hours, 24/7: write counting: clock or leave it out")]
        }
        if deadline.counting == .working, calendar.closesAt > calendar.opensAt, !calendar.workingDays.isEmpty {
            let weeklyHours = Double(Set(calendar.workingDays).count * (calendar.closesAt.minutes - calendar.opensAt.minutes)) / 60
            let daysNeeded = Double(deadline.hours) / weeklyHours * 7 + Double(calendar.bankHolidays.count) + 7
            if daysNeeded > Double(WorkingCalendar.longestSearchDays) {
                return [PolicyProblem(path: path.appending("hours"), message: "\(deadline.hours) working hours would take the calendar more than 20 years")]
            }
        }
        return []
    }

    private func continuumProblems(_ path: PolicyPath) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        for (index, combination) in continuum.combinations.enumerated() {
            let combinationPath = path.appending("combinations").appending(index)
            if combination.name.allSatisfy(\.isWhitespace) {
                problems.append(PolicyProblem(path: combinationPath.appending("name"), message: "must say what the combination is called"))
            }
            if combination.allOf.count < 2 {
                problems.append(PolicyProblem(path: combinationPath.appending("allOf"), message: "a combination needs at least two groups of factors (one factor alone belongs in factorLevels)"))
            }
            for (group, factors) in combination.allOf.enumerated() where factors.isEmpty {
                problems.append(PolicyProblem(path: combinationPath.appending("allOf").appending(group), message: "an empty group can never be met"))
            }
        }
        return problems
    }

    private func taskingProblems(_ path: PolicyPath) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        for (index, rule) in taskings.enumerated() {
            let rulePath = path.appending(index)
            if PipelineTopic.tasking(for: rule.recipient) == nil {
                let topics = Agency.allCases.filter { PipelineTopic.tasking(for: $0) != nil }.map(\.rawValue)
                problems.append(PolicyProblem(
                    path: rulePath.appending("recipient"),
                    message: "\(rule.recipient.rawValue) has no tasking topic: taskings go to \(topics.joined(separator: ", "))"
                ))
            }
            problems += deadlineProblems(rule.due, rag: nil, path: rulePath.appending("due"))
            for (key, age) in [("childAgeFrom", rule.childAgeFrom), ("childAgeBelow", rule.childAgeBelow)] {
                if let age, age < 0 { problems.append(PolicyProblem(path: rulePath.appending(key), message: "\(age) years cannot be negative")) }
            }
            if let from = rule.childAgeFrom, let below = rule.childAgeBelow, below <= from {
                problems.append(PolicyProblem(path: rulePath.appending("childAgeBelow"), message: "\(below) is not above childAgeFrom (\(from)): no child's age fits"))
            }
        }
        return problems
    }
}
