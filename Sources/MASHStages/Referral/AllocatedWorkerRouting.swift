import MASHCore

/// The records for a referral about a child already open to social care: the contact goes straight to
/// the allocated worker, skipping MASH research — at once, or, while the case is Red (or as the policy
/// says), once a person has signed the routing off.
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

    func records(held: (any HeldDecisions)?) throws -> [StageRecord] {
        let proposal = self.proposal
        let reasons = SignOffRules.reasons(routing: screening, consent: referral.consent, policy: policy.signOff)
        let existing = held?.state(of: caseId)
        if reasons.isEmpty && existing == nil {
            var chain = AuditChain()
            return try DecisionIssue.records(proposal, leadingAudits: [recordUse], chain: &chain)
        }
        return try ProposalHold.records(proposal, heldBecause: reasons, existing: existing, stage: "referral", policy: policy, now: now,
                                        leadingAudits: [recordUse])
    }

    /// The audit record of the open case's record being used to route the referral: its owner and lawful
    /// basis, and that it stays with its owner.
    var recordUse: AuditRecord {
        AuditRecord(
            auditId: CaseIdentifiers.auditId(caseId: caseId, action: .recordUsed), caseId: caseId, action: .recordUsed, itemId: openCaseFact,
            owner: openCase.agency, recipient: .socialCare, lawfulBasis: .safeguardingChildren,
            reason: "\(openCase.agency.displayName) record \(openCaseRecord.recordId) (open case \(openCase.caseReference)) used to route the referral to its allocated worker; the record itself is not shared",
            stage: "referral", policyVersion: policy.version, at: now
        )
    }

    /// The case as screened, the routing decision and its one tasking.
    var proposal: Proposal {
        let caseFile = CaseFile(
            schema: MessageSchema.research, caseId: caseId, referralId: referral.referralId, receivedAt: timestamps.received,
            subjectKey: subjectKey, referral: referral, screening: screening, timestamps: timestamps
        )
        let action = TaskingAction.allocatedWorkerUpdate
        let deadline = policy.allocatedWorkerDeadline(rag: screening.rag)
        let tasking = Tasking(
            taskingId: CaseIdentifiers.taskingId(caseId: caseId, recipient: .socialCare, action: action), caseId: caseId,
            referralId: referral.referralId, recipient: .socialCare, action: action,
            dueBy: policy.due(after: timestamps.received, deadline, rag: screening.rag), level: screening.level,
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
        return Proposal(
            caseFile: caseFile, decision: decision, taskings: [tasking], products: [:], timestamps: timestamps, policy: policy,
            now: now, stage: "referral", referralShareReason: Self.shareReason(openCase)
        )
    }

    /// Why the referral itself goes to the allocated worker, as its share is audited.
    static func shareReason(_ openCase: OpenCaseRouting) -> String {
        "referral sent to the allocated worker of open case \(openCase.caseReference): the referrer's account, made for the child's safeguarding"
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
