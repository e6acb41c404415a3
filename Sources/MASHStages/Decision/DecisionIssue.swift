import MASHCore

/// The records that issue a decision: its taskings on the agencies' topics, the outcome (in the form that may
/// leave the hub), and the audit records sealed into the case's audit chain.
enum DecisionIssue {
    /// `proposal` issued; `leadingAudits` (a sign-off's record) go before the shares, chained on from `chain`,
    /// which is left at the last record written.
    static func records(_ proposal: Proposal, leadingAudits: [AuditRecord] = [], chain: inout AuditChain) throws -> [StageRecord] {
        let caseFile = proposal.caseFile
        var records: [StageRecord] = []
        var summaries: [TaskingSummary] = []
        for tasking in proposal.taskings {
            guard let topic = tasking.topic else { continue }
            records.append(try StageRecord(topic: topic, key: caseFile.subjectKey, message: tasking))
            summaries.append(TaskingSummary(taskingId: tasking.taskingId, recipient: tasking.recipient, action: tasking.action))
        }
        let outcome = Outcome(
            outcomeId: CaseIdentifiers.outcomeId(caseId: caseFile.caseId), caseId: caseFile.caseId,
            referralId: caseFile.referralId, receivedAt: caseFile.receivedAt, subjectKey: caseFile.subjectKey,
            decision: OutwardDecision.shareable(proposal.decision, caseFile: caseFile), taskings: summaries, timestamps: proposal.timestamps,
            census: CensusCoding.census(of: proposal.decision, caseFile: caseFile)
        )
        records.append(try StageRecord(topic: .outcome, key: caseFile.subjectKey, message: outcome))
        // The hub remembers what it decided about the child, for the next referral.
        let remembered = ChildHistoryEntry(subjectKey: caseFile.subjectKey, referral: PreviousReferral(
            caseId: caseFile.caseId, referralId: caseFile.referralId, receivedAt: caseFile.referral.receivedAt,
            outcome: proposal.decision.outcome, decidedAt: proposal.decision.decidedAt
        ))
        records.append(try StageRecord(topic: .childHistory, key: remembered.key, message: remembered))
        for audit in leadingAudits + proposal.audits {
            records.append(try StageRecord(topic: .audit, key: caseFile.caseId, message: chain.seal(audit)))
        }
        return records
    }

    /// `proposal` issued as a case's first audited act.
    static func records(_ proposal: Proposal) throws -> [StageRecord] {
        var chain = AuditChain()
        return try records(proposal, chain: &chain)
    }
}
