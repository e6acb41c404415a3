import MASHCore

/// The records that hold a proposal for a person: the review on `mash.review`, the case's held-decision
/// record, and a `decision-held` audit record. Nothing is tasked.
///
/// What a case already held says decides what happens to a new proposal for it: the same proposal again
/// (a replay) is held again as it was; a changed one replaces it, so a sign-off of the old one is stale; a
/// proposal a person already signed off is not held twice; a changed one after that is held again.
enum ProposalHold {
    static func records(_ proposal: Proposal, heldBecause: [String], existing: HeldDecision?, stage: String,
                        policy: HubPolicy, now: Timestamp, leadingAudits: [AuditRecord] = []) throws -> [StageRecord] {
        var reasons = heldBecause
        if existing?.status == .signedOff {
            reasons.append("re-assessed after a person's decision was issued: the new proposal needs a person too")
        } else if existing != nil && reasons.isEmpty {
            reasons.append("the case is already held for a person")
        }
        let caseFile = proposal.caseFile
        let digest = proposal.digest(heldBecause: reasons)
        if let existing, existing.status == .signedOff,
           [digest, proposal.digest(heldBecause: heldBecause)].contains(existing.review.proposalDigest) {
            // A replay of what a person already decided: nothing more.
            return []
        }
        let heldAt = existing.flatMap { $0.review.proposalDigest == digest ? $0.review.heldAt : nil } ?? now
        var decision = proposal.decision
        decision.forManagerReview = true
        decision.reviewReasons = reasons
        let review = Review(
            reviewId: "\(caseFile.caseId)/review/\(digest.prefix(12))", caseId: caseFile.caseId, referralId: caseFile.referralId,
            receivedAt: caseFile.receivedAt, subjectKey: caseFile.subjectKey, proposalDigest: digest, decision: decision,
            taskings: proposal.taskings, heldBecause: reasons,
            dueBy: policy.due(after: caseFile.receivedAt, policy.signOff.decisionDue[decision.rag] ?? .clockHours(0), rag: decision.rag),
            caseFile: caseFile, heldAt: heldAt
        )
        var chain = AuditChain(head: existing?.auditHead)
        let leading = leadingAudits.map { chain.seal($0) }
        let audit = chain.seal(AuditRecord(
            auditId: "\(caseFile.caseId)/\(AuditAction.decisionHeld.rawValue)/\(digest.prefix(12))", caseId: caseFile.caseId,
            action: .decisionHeld, reason: "proposed \(Self.summary(decision)); held for sign-off: " + reasons.joined(separator: "; "),
            stage: stage, policyVersion: policy.version, at: now
        ))
        let held = HeldDecision(caseId: caseFile.caseId, status: .awaitingSignOff, review: review, auditHead: chain.head)
        return [
            try StageRecord(topic: .review, key: caseFile.subjectKey, message: review),
            try StageRecord(topic: .heldDecisions, key: caseFile.caseId, message: held),
        ] + (try (leading + [audit]).map { try StageRecord(topic: .audit, key: caseFile.caseId, message: $0) })
    }

    /// "s47-strategy-discussion with police-investigation, level 4, Red".
    static func summary(_ decision: Decision) -> String {
        let outcomes = ([decision.outcome] + decision.additionalOutcomes).map(\.rawValue).joined(separator: " with ")
        return "\(outcomes), level \(decision.level.rawValue), \(decision.rag)"
    }
}
