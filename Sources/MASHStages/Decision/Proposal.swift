import MASHCore

/// A decision and the taskings it would issue, each carrying only what may go to its recipient, with
/// the audit record of every share and withholding. Issued at once, or held for a person (`ProposalHold`).
struct Proposal: Sendable {
    /// The case decided.
    let caseFile: CaseFile
    /// The decision.
    var decision: Decision
    /// Its taskings, in the order their rules came.
    let taskings: [Tasking]
    /// When each stage finished, as the outcome records them.
    let timestamps: StageTimestamps
    /// The records of the referral and every item shared or withheld with each recipient, and of a consent
    /// override relied on: written when the taskings are issued, not while they are held.
    let audits: [AuditRecord]

    /// `decision` with `taskings` already built; `products` holds what each recipient may be told (the
    /// shares and withholdings to audit), `timestamps` the outcome's; `referralShareReasons` why the referral
    /// goes to a recipient, where that is not the decision's taskings alone.
    init(caseFile: CaseFile, decision: Decision, taskings: [Tasking], products: [Agency: InformationProduct],
         timestamps: StageTimestamps, policy: HubPolicy, now: Timestamp, stage: String = "decision",
         referralShareReasons: [Agency: String] = [:]) {
        var recipients: [Agency] = []
        for tasking in taskings where !recipients.contains(tasking.recipient) { recipients.append(tasking.recipient) }
        var audits = recipients.flatMap { recipient in
            [ReferralShare.audit(of: caseFile.referral, caseId: caseFile.caseId, to: recipient,
                                 actions: taskings.filter { $0.recipient == recipient }.map(\.action),
                                 stage: stage, policy: policy, at: now, reason: referralShareReasons[recipient])]
                + (products[recipient]?.audits ?? [])
        }
        if case .overridden(let justification) = caseFile.referral.consent {
            audits.append(AuditRecord(
                auditId: CaseIdentifiers.auditId(caseId: caseFile.caseId, action: .consentOverride),
                caseId: caseFile.caseId, action: .consentOverride, reason: "consent overridden: \(justification)",
                stage: stage, policyVersion: policy.version, at: now
            ))
        }
        self.caseFile = caseFile
        self.decision = decision
        self.taskings = taskings
        self.timestamps = timestamps
        self.audits = audits
    }

    /// The response `outcome` and `additional` at `level` and `rag`, tasking by `rules`, decided by `decidedBy`.
    init(caseFile: CaseFile, outcome: OutcomeKind, additional: [OutcomeKind], level: Level, rag: RAG, rules: [TaskingRule],
         rationale: [RationaleLine], decidedBy: String, decidedAt: Timestamp, policy: HubPolicy, now: Timestamp) {
        var timestamps = caseFile.timestamps
        timestamps.decision = now
        let products = Self.products(for: rules.map(\.recipient), caseFile: caseFile, level: level, policy: policy, now: now)
        let taskings = Self.taskings(rules, caseFile: caseFile, level: level, rag: rag, products: products, timestamps: timestamps, policy: policy)
        let decision = Decision(
            outcome: outcome, additionalOutcomes: additional, level: level, rag: rag, rationale: rationale,
            decidedBy: decidedBy, decidedAt: decidedAt
        )
        self.init(caseFile: caseFile, decision: decision, taskings: taskings, products: products, timestamps: timestamps, policy: policy, now: now)
    }

    /// One tasking per rule, each carrying what `products` says its recipient may be told.
    static func taskings(_ rules: [TaskingRule], caseFile: CaseFile, level: Level, rag: RAG, products: [Agency: InformationProduct],
                         timestamps: StageTimestamps, policy: HubPolicy) -> [Tasking] {
        rules.map { rule in
            Tasking(
                taskingId: CaseIdentifiers.taskingId(caseId: caseFile.caseId, recipient: rule.recipient, action: rule.action),
                caseId: caseFile.caseId, referralId: caseFile.referralId, recipient: rule.recipient, action: rule.action,
                dueBy: policy.due(after: timestamps.received, rule.due, rag: rag), level: level, rag: rag,
                subjects: Self.subjects(of: caseFile.referral, roles: rule.subjectRoles),
                concernSummary: Self.concernSummary(of: caseFile.referral),
                informationProduct: products[rule.recipient]?.entries ?? [], timestamps: timestamps
            )
        }
    }

    /// The policy's response to an assessed case; when another child of the household is open to social
    /// care, routed to the family's allocated worker first, the level's response beside it.
    static func policyResponse(to caseFile: CaseFile, assessment: RiskAssessment, policy: HubPolicy, now: Timestamp) -> Proposal {
        let childAge = caseFile.childAge
        let selection = OutcomeSelection(caseFile: caseFile, assessment: assessment, childAge: childAge, policy: policy)
        let plan = TaskingPlan(outcomes: [selection.primary] + selection.additional, childAge: childAge, policy: policy)
        var (outcome, additional, rules, lines) = (selection.primary, selection.additional, plan.rules, selection.lines + plan.lines)
        if let family = FamilyOpenCase.find(in: caseFile, matchedFrom: policy.signOff.possibleMatchBelow) {
            additional = [outcome] + additional
            outcome = .routedToAllocatedWorker
            rules = [family.rule(rag: assessment.rag, policy: policy)] + rules
            lines.append(family.line)
        }
        return Proposal(
            caseFile: caseFile, outcome: outcome, additional: additional, level: assessment.level,
            rag: assessment.rag, rules: rules, rationale: assessment.rationale + lines,
            decidedBy: policy.decisionMaker, decidedAt: now, policy: policy, now: now
        )
    }

    /// What each of `recipients` may be told from the case's research, under `policy` at `level`.
    static func products(for recipients: [Agency], caseFile: CaseFile, level: Level, policy: HubPolicy, now: Timestamp) -> [Agency: InformationProduct] {
        let items = caseFile.research?.items ?? []
        var products: [Agency: InformationProduct] = [:]
        for recipient in recipients where products[recipient] == nil {
            products[recipient] = InformationProduct(items: items, recipient: recipient, caseFile: caseFile, level: level, policy: policy, now: now)
        }
        return products
    }

    /// SHA-256 of what a person signs off: the outcomes, level, RAG, rationale, the reasons it is held and
    /// every tasking with what it carries. Processing times are left out, so a replay has the same digest.
    func digest(heldBecause: [String]) -> String {
        let fingerprint = Fingerprint(
            outcome: decision.outcome, additionalOutcomes: decision.additionalOutcomes, level: decision.level, rag: decision.rag,
            rationale: decision.rationale, heldBecause: heldBecause,
            taskings: taskings.map { tasking in
                var timeless = tasking
                timeless.timestamps = StageTimestamps(received: caseFile.receivedAt)
                return timeless
            }
        )
        return SHA256.hex((try? MASHJSON.encodeBytes(fingerprint)) ?? [])
    }

    private struct Fingerprint: Encodable {
        let outcome: OutcomeKind
        let additionalOutcomes: [OutcomeKind]
        let level: Level
        let rag: RAG
        let rationale: [RationaleLine]
        let heldBecause: [String]
        let taskings: [Tasking]
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

extension CaseFile {
    /// The first child's age in whole years on the day the referral came in, if its date of birth is real.
    var childAge: Int? {
        referral.firstChild?.dateOfBirth.flatMap { $0.isRealDate ? $0.age(on: referral.receivedAt.utcDate) : nil }
    }
}
