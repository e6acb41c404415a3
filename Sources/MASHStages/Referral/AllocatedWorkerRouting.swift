import MASHCore

/// The records for a referral about a child already open to social care: the contact goes straight to
/// the allocated worker, skipping MASH research — at once, or, while the case is Red (or as the policy
/// says), once a person has signed the routing off.
///
/// The tasking carries the referral itself (its account is the referrer's, made so that the child's
/// social worker acts on it) and no agency research, so its information product is empty.
///
/// A current child protection plan or care episode raises the level to the policy's for it. The allocated
/// worker answers for children's social care; the other agencies' part of the level's response (at level 4
/// the police investigation beside the strategy discussion) is tasked beside the routing, as the policy's
/// outcomes and taskings say.
struct AllocatedWorkerRouting {
    let referral: Referral
    let caseId: String
    let subjectKey: String
    let screening: Screening
    let openCase: OpenCaseRouting
    let openCaseRecord: AgencyRecord
    /// The child's current plan and care episode records.
    let careStatus: [AgencyRecord]
    let policy: HubPolicy
    let timestamps: StageTimestamps
    let now: Timestamp

    func records(held: (any HeldDecisions)?) throws -> [StageRecord] {
        let proposal = self.proposal
        let reasons = SignOffRules.reasons(routingAt: level.rag, outcomes: beside, consent: referral.consent, policy: policy.signOff)
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

    /// The level the routing answers: the referral's, or a current plan's or care episode's under the policy.
    var level: Level {
        careStatus.map { careLevel(of: $0) }.reduce(screening.level, max)
    }

    private func careLevel(of record: AgencyRecord) -> Level {
        record.kind == .childProtectionPlan ? policy.riskLevels.childProtectionPlan : policy.riskLevels.lookedAfter
    }

    /// The level's response for agencies other than children's social care (whose part the allocated worker
    /// takes): each outcome all of whose taskings go elsewhere.
    var beside: [OutcomeKind] {
        let response = policy.outcomes[level]
        return ([response.outcome] + response.additionalOutcomes).filter { outcome in
            let rules = policy.taskings.filter { $0.outcome == outcome }
            return !rules.isEmpty && rules.allSatisfy { $0.recipient != .socialCare }
        }
    }

    /// The case as screened, the routing decision, its tasking of the allocated worker and any other
    /// agency's tasking beside it.
    var proposal: Proposal {
        let caseFile = CaseFile(
            schema: MessageSchema.research, caseId: caseId, referralId: referral.referralId, receivedAt: timestamps.received,
            subjectKey: subjectKey, referral: referral, screening: screening, timestamps: timestamps
        )
        let (level, beside) = (self.level, self.beside)
        let rag = level.rag
        let action = TaskingAction.allocatedWorkerUpdate
        let deadline = policy.allocatedWorkerDeadline(rag: rag)
        let tasking = Tasking(
            taskingId: CaseIdentifiers.taskingId(caseId: caseId, recipient: .socialCare, action: action), caseId: caseId,
            referralId: referral.referralId, recipient: .socialCare, action: action,
            dueBy: policy.due(after: timestamps.received, deadline, rag: rag), level: level,
            rag: rag, subjects: referral.subjects.map(TaskingSubject.init),
            concernSummary: referral.concern.summary, informationProduct: [], timestamps: timestamps
        )
        let plan = TaskingPlan(outcomes: beside, childAge: caseFile.childAge, policy: policy)
        let products = Proposal.products(for: plan.recipients, caseFile: caseFile, level: level, policy: policy, now: now)
        let others = Proposal.taskings(plan.rules, caseFile: caseFile, level: level, rag: rag, products: products,
                                       timestamps: timestamps, policy: policy)
        var rationale = [
            RationaleLine(
                rule: "screening.rating",
                text: "Screened \(screening.rag) (\(screening.level)) on the referral alone",
                facts: ["referral.concern.categories"]
            ),
        ]
        rationale += careStatus.map(careLine)
        rationale.append(RationaleLine(rule: "screening.open-case", text: openCaseText, facts: [openCaseFact]))
        if !beside.isEmpty {
            rationale.append(RationaleLine(
                rule: "screening.level-response",
                text: "\(level): \(beside.map(\.rawValue).joined(separator: " with ")) beside the routing under policy \(policy.version); "
                    + "the allocated worker takes Children's Social Care's part",
                facts: ["screening.level"]
            ))
        }
        rationale += plan.lines
        let decision = Decision(
            outcome: .routedToAllocatedWorker, additionalOutcomes: beside, level: level, rag: rag, rationale: rationale,
            decidedBy: policy.decisionMaker, decidedAt: now
        )
        return Proposal(
            caseFile: caseFile, decision: decision, taskings: [tasking] + others, products: products, timestamps: timestamps, policy: policy,
            now: now, stage: "referral", referralShareReasons: [.socialCare: Self.shareReason(openCase)]
        )
    }

    /// Why a plan or care episode raises the level.
    private func careLine(_ record: AgencyRecord) -> RationaleLine {
        let plan = record.kind == .childProtectionPlan
        return RationaleLine(
            rule: plan ? "screening.child-protection-plan" : "screening.looked-after",
            text: "The child is \(plan ? "on a child protection plan" : "looked after") (since \(record.date)): at least level \(careLevel(of: record).rawValue)",
            facts: [fact(record)]
        )
    }

    /// Why the referral itself goes to the allocated worker, as its share is audited.
    static func shareReason(_ openCase: OpenCaseRouting) -> String {
        "referral sent to the allocated worker of open case \(openCase.caseReference): the referrer's account, made for the child's safeguarding"
    }

    private var openCaseFact: String { fact(openCaseRecord) }

    private func fact(_ record: AgencyRecord) -> String {
        CaseIdentifiers.itemId(agency: record.agency, recordId: record.recordId, subjectId: referral.firstChild?.subjectId ?? "S1")
    }

    private var openCaseText: String {
        let worker = openCase.allocatedWorker.map { ", allocated worker \($0)" } ?? ""
        return "Open to \(openCase.agency.displayName) under case \(openCase.caseReference)\(worker) since \(openCaseRecord.date): "
            + "the referral goes to the allocated worker without MASH research"
    }
}
