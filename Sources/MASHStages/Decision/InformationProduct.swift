import MASHCore

/// What one tasked agency may be told from a case's research, and the audit record of every item's
/// share or refusal.
///
/// Shared items appear as themselves; withheld ones as one "confidential information held by <agency>"
/// notice per owning agency, placed where that owner's first withheld item would have been. A withheld
/// item's content never reaches the product.
struct InformationProduct {
    /// The entries the tasking carries.
    private(set) var entries: [ProductEntry] = []
    /// One shared or withheld record per item.
    private(set) var audits: [AuditRecord] = []

    init(items: [IntelligenceItem], recipient: Agency, caseFile: CaseFile, level: Level, policy: HubPolicy, now: Timestamp) {
        var noticed = Set<Agency>()
        for item in items {
            let sharing = SharingDecision(
                item: item, recipient: recipient, level: level, consent: caseFile.referral.consent, policy: policy
            )
            if sharing.isShared {
                entries.append(.shared(SharedItem(item)))
            } else if noticed.insert(item.owner).inserted {
                entries.append(.withheld(WithheldNotice(owner: item.owner)))
            }
            let action: AuditAction = sharing.isShared ? .shared : .withheld
            audits.append(AuditRecord(
                auditId: CaseIdentifiers.auditId(caseId: caseFile.caseId, action: action, itemId: item.itemId, recipient: recipient),
                caseId: caseFile.caseId, action: action, itemId: item.itemId, owner: item.owner, recipient: recipient,
                lawfulBasis: item.lawfulBasis, reason: sharing.reason, stage: "decision",
                policyVersion: policy.version, at: now
            ))
        }
    }
}
