import MASHCore

/// The records for a referral about a child already open to social care: the contact goes straight to
/// the allocated worker, skipping MASH research.
///
/// The tasking carries the referral itself (its account is the referrer's, made so that the child's
/// social worker acts on it) and no agency research, so its information product is empty.
struct AllocatedWorkerRouting {
    let referral: Referral
    let caseId: String
    let subjectKey: String
    let screening: Screening
    let openCase: OpenCaseRouting
    let openCaseRecord: AgencyRecord
    let policy: HubPolicy
    let timestamps: StageTimestamps
    let now: Timestamp

    func records() throws -> [StageRecord] {
        let action = TaskingAction.allocatedWorkerUpdate
        let taskingId = CaseIdentifiers.taskingId(caseId: caseId, recipient: .socialCare, action: action)
        // A Blue rating has no research deadline, but an update to a worker must still fall due.
        let deadline = policy.researchDeadlines.deadline(for: screening.rag, agency: .socialCare)
            ?? policy.researchDeadlines.longest ?? .clockHours(0)
        let tasking = Tasking(
            taskingId: taskingId, caseId: caseId, referralId: referral.referralId, recipient: .socialCare,
            action: action, dueBy: policy.due(after: timestamps.received, deadline, rag: screening.rag), level: screening.level,
            rag: screening.rag, subjects: referral.subjects.map(TaskingSubject.init),
            concernSummary: referral.concern.summary, informationProduct: [], timestamps: timestamps
        )
        let decision = Decision(
            outcome: .routedToAllocatedWorker, level: screening.level, rag: screening.rag,
            rationale: [
                RationaleLine(
                    rule: "screening.rating",
                    text: "Screened \(screening.rag) (\(screening.level)) on the referral alone",
                    facts: ["referral.concern.categories"]
                ),
                RationaleLine(rule: "screening.open-case", text: openCaseText, facts: [openCaseFact]),
            ],
            decidedBy: policy.decisionMaker, decidedAt: now
        )
        let outcome = Outcome(
            outcomeId: CaseIdentifiers.outcomeId(caseId: caseId), caseId: caseId, referralId: referral.referralId,
            receivedAt: timestamps.received, subjectKey: subjectKey, decision: decision,
            taskings: [TaskingSummary(taskingId: taskingId, recipient: .socialCare, action: action)],
            timestamps: timestamps
        )
        let audit = ReferralShare.audit(
            of: referral, caseId: caseId, to: .socialCare, actions: [action], stage: "referral", policy: policy, at: now,
            reason: "referral sent to the allocated worker of open case \(openCase.caseReference): the referrer's account, made for the child's safeguarding"
        )
        return [
            try StageRecord(topic: .taskingSocialCare, key: subjectKey, message: tasking),
            try StageRecord(topic: .outcome, key: subjectKey, message: outcome),
            try StageRecord(topic: .audit, key: caseId, message: audit),
        ]
    }

    private var openCaseFact: String {
        CaseIdentifiers.itemId(agency: openCase.agency, recordId: openCaseRecord.recordId, subjectId: referral.firstChild?.subjectId ?? "S1")
    }

    private var openCaseText: String {
        let worker = openCase.allocatedWorker.map { ", allocated worker \($0)" } ?? ""
        return "Open to \(openCase.agency.displayName) under case \(openCase.caseReference)\(worker) since \(openCaseRecord.date): "
            + "the referral goes to the allocated worker without MASH research"
    }
}
