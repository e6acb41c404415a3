import MASHCore

/// The decision stage: takes the outcome the policy sets for the assessed case, tasks the agencies that
/// act — each with only what it may be told — and audits every share and refusal.
///
/// Consumes `mash.decision`; produces taskings on `mash.tasking.police`, `.social-care` and `.health`,
/// the outcome on `mash.outcome`, and audit records on `mash.audit` (keyed by case id).
public struct DecisionMaker: PipelineStage {
    /// The responses and sharing rules applied.
    public let policy: HubPolicy

    /// A decision stage applying `policy`.
    public init(policy: HubPolicy = .default) {
        self.policy = policy
    }

    public var inputTopic: PipelineTopic { .decision }

    public func process(_ input: StageInput) throws -> [StageRecord] { try decide(input) }

    /// The taskings, outcome and audit records for one assessed case.
    public func decide(_ input: StageInput) throws -> [StageRecord] {
        let caseFile = try CaseFileDecoding.decode(input.value, topic: .decision, schema: MessageSchema.decision)
        guard let assessment = caseFile.assessment else {
            throw StageRejection(reason: "\(PipelineTopic.decision): case \(caseFile.caseId): no assessment")
        }
        let now = input.now
        var timestamps = caseFile.timestamps
        timestamps.decision = now

        let referral = caseFile.referral
        let childAge = referral.firstChild?.dateOfBirth.flatMap { $0.isRealDate ? $0.age(on: referral.receivedAt.utcDate) : nil }
        let selection = OutcomeSelection(caseFile: caseFile, assessment: assessment, childAge: childAge, policy: policy)
        let plan = TaskingPlan(outcomes: [selection.primary] + selection.additional, childAge: childAge, policy: policy)
        let reviewReasons = ManagerReview.reasons(caseFile: caseFile, assessment: assessment, policy: policy.managerReview)

        let items = caseFile.research?.items ?? []
        var products: [Agency: InformationProduct] = [:]
        for recipient in plan.recipients {
            products[recipient] = InformationProduct(
                items: items, recipient: recipient, caseFile: caseFile, level: assessment.level, policy: policy, now: now
            )
        }

        var records: [StageRecord] = []
        var summaries: [TaskingSummary] = []
        for rule in plan.rules {
            let tasking = Tasking(
                taskingId: CaseIdentifiers.taskingId(caseId: caseFile.caseId, recipient: rule.recipient, action: rule.action),
                caseId: caseFile.caseId, referralId: caseFile.referralId, recipient: rule.recipient, action: rule.action,
                dueBy: policy.due(after: timestamps.received, rule.due, rag: assessment.rag), level: assessment.level, rag: assessment.rag,
                subjects: Self.subjects(of: referral, roles: rule.subjectRoles), concernSummary: Self.concernSummary(of: referral),
                informationProduct: products[rule.recipient]?.entries ?? [], timestamps: timestamps
            )
            guard let topic = tasking.topic else { continue }
            records.append(try StageRecord(topic: topic, key: caseFile.subjectKey, message: tasking))
            summaries.append(TaskingSummary(taskingId: tasking.taskingId, recipient: rule.recipient, action: rule.action))
        }

        let decision = Decision(
            outcome: selection.primary, additionalOutcomes: selection.additional, level: assessment.level,
            rag: assessment.rag, rationale: assessment.rationale + selection.lines + plan.lines,
            decidedBy: policy.decisionMaker, decidedAt: now,
            forManagerReview: !reviewReasons.isEmpty, reviewReasons: reviewReasons
        )
        let outcome = Outcome(
            outcomeId: CaseIdentifiers.outcomeId(caseId: caseFile.caseId), caseId: caseFile.caseId,
            referralId: caseFile.referralId, receivedAt: caseFile.receivedAt, subjectKey: caseFile.subjectKey,
            decision: decision, taskings: summaries, timestamps: timestamps
        )
        records.append(try StageRecord(topic: .outcome, key: caseFile.subjectKey, message: outcome))

        var audits = plan.recipients.flatMap { recipient in
            [ReferralShare.audit(of: referral, caseId: caseFile.caseId, to: recipient, actions: plan.rules.filter { $0.recipient == recipient }.map(\.action),
                                 stage: "decision", policy: policy, at: now)]
                + (products[recipient]?.audits ?? [])
        }
        audits += caseAudits(caseFile: caseFile, reviewReasons: reviewReasons, now: now)
        for audit in audits {
            records.append(try StageRecord(topic: .audit, key: caseFile.caseId, message: audit))
        }
        return records
    }

    /// The case-level audit records: a consent override relied on, and a referral to manager review.
    private func caseAudits(caseFile: CaseFile, reviewReasons: [String], now: Timestamp) -> [AuditRecord] {
        var audits: [AuditRecord] = []
        if case .overridden(let justification) = caseFile.referral.consent {
            audits.append(AuditRecord(
                auditId: CaseIdentifiers.auditId(caseId: caseFile.caseId, action: .consentOverride),
                caseId: caseFile.caseId, action: .consentOverride, reason: "consent overridden: \(justification)",
                stage: "decision", policyVersion: policy.version, at: now
            ))
        }
        if !reviewReasons.isEmpty {
            audits.append(AuditRecord(
                auditId: CaseIdentifiers.auditId(caseId: caseFile.caseId, action: .managerReview),
                caseId: caseFile.caseId, action: .managerReview, reason: reviewReasons.joined(separator: "; "),
                stage: "decision", policyVersion: policy.version, at: now
            ))
        }
        return audits
    }

    /// The subjects in `roles` (every subject when nil); the children if none of them is in those roles.
    private static func subjects(of referral: Referral, roles: [SubjectRole]?) -> [TaskingSubject] {
        let chosen = roles.map { roles in referral.subjects.filter { roles.contains($0.role) } } ?? referral.subjects
        let subjects = chosen.isEmpty ? referral.subjects.filter { $0.role == .child } : chosen
        return subjects.map(TaskingSubject.init)
    }

    /// The concern as the referrer put it. Built from the referral alone — never from the assessment's
    /// rationale, which may rest on items the recipient must not see.
    static func concernSummary(of referral: Referral) -> String {
        let categories = referral.concern.categories.map(\.description).joined(separator: ", ")
        return "\(categories): \(referral.concern.summary)"
    }
}
