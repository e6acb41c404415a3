import MASHCore

/// The audit record of a referral leaving the hub: every tasking carries the referrer's account of the
/// concern and the subjects' names, dates of birth and postcodes, and that share is recorded like any other.
enum ReferralShare {
    /// The item id a referral is audited under: "referral:<referralId>".
    static func itemId(of referral: Referral) -> String { "referral:\(referral.referralId)" }

    /// A `shared` record of `referral` going to `recipient` for `actions`; its owner is the referrer's
    /// agency, and the basis that agency's regime (the referral is made to safeguard the child).
    static func audit(of referral: Referral, caseId: String, to recipient: Agency, actions: [TaskingAction], stage: String,
                      policy: HubPolicy, at now: Timestamp, reason: String? = nil) -> AuditRecord {
        let itemId = itemId(of: referral)
        let owner = referral.referrer.agency ?? referral.source.agency
        let purpose = actions.map(\.rawValue).joined(separator: ", ")
        return AuditRecord(
            auditId: CaseIdentifiers.auditId(caseId: caseId, action: .shared, itemId: itemId, recipient: recipient),
            caseId: caseId, action: .shared, itemId: itemId, owner: owner, recipient: recipient,
            lawfulBasis: owner == .police ? .police : .safeguardingChildren,
            reason: reason ?? "the referrer's account of the concern and the subjects' identities, which \(recipient.displayName) needs to act on \(purpose)",
            stage: stage, policyVersion: policy.version, at: now
        )
    }
}
