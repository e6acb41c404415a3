import MASHCore

/// What a sign-off issues: the proposal as it stood (confirm), the policy's response to a new level
/// (re-rate), or the outcomes and taskings a person chose (override); decided by the person, with the
/// software's proposal and the person's reasons side by side.
struct SignedResponse {
    let proposal: Proposal
    let auditAction: AuditAction

    init(signOff: SignOff, review: Review, policy: HubPolicy, now: Timestamp) throws {
        let proposed = review.decision
        let caseFile = review.caseFile
        let note = RationaleLine(
            rule: "sign-off.\(signOff.action.rawValue)",
            text: "\(signOff.signedBy.signature) \(signOff.action) the proposal (\(ProposalHold.summary(proposed))): \(signOff.rationale)",
            facts: ["sign-off.\(signOff.signOffId)"]
        )
        var proposal: Proposal
        switch signOff.action {
        case .confirm:
            proposal = try Self.confirmed(review, caseFile: caseFile, policy: policy, now: now)
            proposal.decision.rationale = proposed.rationale + [note]
            auditAction = .signedOff
        case .reRate:
            let level = signOff.level ?? signOff.rag?.level ?? proposed.level
            let rag = signOff.rag ?? level.rag
            let (outcome, additional, rules, lines) = Self.policyResponse(caseFile: caseFile, level: level, rag: rag, policy: policy)
            proposal = Proposal(
                caseFile: caseFile, outcome: outcome, additional: additional, level: level, rag: rag, rules: rules,
                rationale: proposed.rationale + lines + [note], decidedBy: signOff.signedBy.signature, decidedAt: signOff.signedAt,
                policy: policy, now: now
            )
            auditAction = .decisionReRated
        case .override:
            let outcome = signOff.outcome ?? proposed.outcome
            let additional = signOff.additionalOutcomes ?? []
            let level = signOff.level ?? signOff.rag?.level ?? proposed.level
            let rag = signOff.rag ?? (signOff.level.map(\.rag) ?? proposed.rag)
            let rules = Self.rules(for: signOff.taskings, outcomes: [outcome] + additional, rag: rag, childAge: caseFile.childAge, policy: policy)
            let line = RationaleLine(
                rule: "decision.override",
                text: "Proposed \(ProposalHold.summary(proposed)); decided \(([outcome] + additional).map(\.rawValue).joined(separator: " with ")), level \(level.rawValue), \(rag)",
                facts: ["sign-off.\(signOff.signOffId)"]
            )
            proposal = Proposal(
                caseFile: caseFile, outcome: outcome, additional: additional, level: level, rag: rag, rules: rules,
                rationale: proposed.rationale + [line, note], decidedBy: signOff.signedBy.signature, decidedAt: signOff.signedAt,
                policy: policy, now: now
            )
            auditAction = .decisionOverridden
        }
        proposal.decision.decidedBy = signOff.signedBy.signature
        proposal.decision.decidedAt = signOff.signedAt
        proposal.decision.forManagerReview = true
        proposal.decision.reviewReasons = review.heldBecause
        proposal.decision.proposal = ProposedDecision(
            outcome: proposed.outcome, additionalOutcomes: proposed.additionalOutcomes, level: proposed.level, rag: proposed.rag,
            proposedBy: proposed.decidedBy, proposalDigest: review.proposalDigest
        )
        proposal.decision.signOff = SignOffNote(signOff)
        self.proposal = proposal
    }

    /// The taskings reviewed, exactly as the person saw them. What each may carry is worked out again under
    /// the current policy: if that is no longer what they carry, confirming would issue something the person
    /// did not see, so it is refused.
    private static func confirmed(_ review: Review, caseFile: CaseFile, policy: HubPolicy, now: Timestamp) throws -> Proposal {
        let products = Proposal.products(for: review.taskings.map(\.recipient), caseFile: caseFile, level: review.decision.level, policy: policy, now: now)
        for tasking in review.taskings where products[tasking.recipient]?.entries ?? [] != tasking.informationProduct {
            throw SignOffRefusal(reason: "what may be shared with \(tasking.recipient.displayName) has changed under policy \(policy.version) since the proposal: override or re-rate instead")
        }
        var timestamps = caseFile.timestamps
        timestamps.decision = now
        let taskings = review.taskings.map { tasking in
            var issued = tasking
            issued.timestamps = timestamps
            return issued
        }
        // A routed referral (no research) is shared with the allocated worker as the referral stage would have.
        let routed = caseFile.research == nil ? caseFile.screening.openCase.map(AllocatedWorkerRouting.shareReason) : nil
        return Proposal(
            caseFile: caseFile, decision: review.decision, taskings: taskings, products: products, timestamps: timestamps,
            policy: policy, now: now, referralShareReasons: routed.map { [.socialCare: $0] } ?? [:]
        )
    }

    /// The policy's response to `level`: with an assessment, as the decision stage selects it (MARAC and
    /// health follow-up included); without one (a routed referral), the level's response alone.
    private static func policyResponse(caseFile: CaseFile, level: Level, rag: RAG, policy: HubPolicy)
        -> (OutcomeKind, [OutcomeKind], [TaskingRule], [RationaleLine]) {
        let childAge = caseFile.childAge
        if var assessment = caseFile.assessment {
            assessment.level = level
            assessment.rag = rag
            let selection = OutcomeSelection(caseFile: caseFile, assessment: assessment, childAge: childAge, policy: policy)
            let plan = TaskingPlan(outcomes: [selection.primary] + selection.additional, childAge: childAge, policy: policy)
            return (selection.primary, selection.additional, plan.rules, selection.lines + plan.lines)
        }
        let response = policy.outcomes[level]
        let plan = TaskingPlan(outcomes: [response.outcome] + response.additionalOutcomes, childAge: childAge, policy: policy)
        return (response.outcome, response.additionalOutcomes, plan.rules, plan.lines)
    }

    /// The chosen taskings, each as the policy's rule for that agency and action where it has one (its due
    /// time and whom the agency is told about), else due by the policy's decision deadline for `rag`; the
    /// policy's taskings for `outcomes` when none were chosen.
    private static func rules(for choices: [TaskingChoice]?, outcomes: [OutcomeKind], rag: RAG, childAge: Int?, policy: HubPolicy) -> [TaskingRule] {
        guard let choices else { return TaskingPlan(outcomes: outcomes, childAge: childAge, policy: policy).rules }
        var seen = Set<TaskingChoice>()
        return choices.filter { seen.insert($0).inserted }.map { choice in
            let known = policy.taskings.filter { $0.recipient == choice.recipient && $0.action == choice.action }
            if let rule = known.first(where: { $0.applies(toChildAge: childAge) }) ?? known.first { return rule }
            let due = policy.signOff.decisionDue[rag] ?? .clockHours(24)
            return TaskingRule(outcome: outcomes[0], recipient: choice.recipient, action: choice.action, due: due)
        }
    }
}

/// Why a sign-off cannot be applied although it is well formed and current.
struct SignOffRefusal: Error {
    let reason: String
}
