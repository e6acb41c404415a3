import MASHCore

/// The decision worker's second input: a person's sign-off of a held proposal. Only now are the case's
/// outcome and taskings issued, with the person as `decidedBy` and their reasons beside the software's.
///
/// Consumes `mash.sign-off`; for an accepted sign-off produces the taskings, the outcome, the audit records
/// (the sign-off first, with the person) and the case's held-decision record marked signed off. A sign-off
/// for a case that is not held, is already signed off, or names a proposal that has since changed, or one
/// that is not a proper sign-off (no reasons, a role that may not take the action), is refused with a
/// `sign-off-refused` audit record saying why. A replayed sign-off issues the same records again, which
/// every consumer drops by idempotency key.
public struct SignOffStage: PipelineStage {
    /// The largest sign-off read: 64 KiB (a rationale is at most 4,000 characters).
    public static let maximumBytes = 65_536

    /// The rules a re-rating or an override is issued by, and the firewall.
    public let policy: HubPolicy
    /// The held cases.
    public let held: any HeldDecisions

    public init(policy: HubPolicy = .default, held: any HeldDecisions) {
        self.policy = policy
        self.held = held
    }

    public var inputTopic: PipelineTopic { .signOff }

    public func process(_ input: StageInput) throws -> [StageRecord] {
        let signOff = try MessageDecoding.decode(
            SignOff.self, from: input.value, topic: .signOff, schemas: [MessageSchema.signOff], maximumBytes: Self.maximumBytes
        )
        guard CaseIdentifiers.isWellFormedCaseId(signOff.caseId) else {
            throw StageRejection(reason: "\(PipelineTopic.signOff): caseId \(MessageDecoding.quoted(signOff.caseId)) is not a case id")
        }
        let digest = SHA256.hex(try MASHJSON.encodeBytes(signOff))
        guard let state = held.state(of: signOff.caseId) else {
            return try refuse(signOff, "case \(signOff.caseId) is not held for sign-off", head: nil, now: input.now)
        }
        if state.status == .signedOff {
            guard let earlier = state.signOff else {
                return try refuse(signOff, "case \(signOff.caseId) is already decided", head: state.auditHead, now: input.now)
            }
            if earlier.signOffId == signOff.signOffId && state.signOffDigest == digest {
                return try accept(signOff, digest: digest, state: state, now: input.now)
            }
            let reason = earlier.signOffId == signOff.signOffId
                ? "sign-off \(signOff.signOffId) was already applied with other content"
                : "already signed off by \(earlier.signedBy.signature) at \(earlier.signedAt): nothing is issued twice"
            return try refuse(signOff, reason, head: state.auditHead, now: input.now)
        }
        if signOff.proposalDigest != state.review.proposalDigest {
            return try refuse(
                signOff, "stale: the proposal changed since it was read (now \(state.review.proposalDigest.prefix(12))…, held \(state.review.heldAt)); read the case again",
                head: state.auditHead, now: input.now
            )
        }
        let problems = signOff.problems()
        guard problems.isEmpty else {
            return try refuse(signOff, MessageDecoding.printable(problems.map(\.description).joined(separator: "; ")), head: state.auditHead, now: input.now)
        }
        do {
            return try accept(signOff, digest: digest, state: state, now: input.now)
        } catch let refusal as SignOffRefusal {
            return try refuse(signOff, refusal.reason, head: state.auditHead, now: input.now)
        }
    }

    /// The outcome, taskings and audit records the sign-off issues, and the case's record marked signed off.
    private func accept(_ signOff: SignOff, digest: String, state: HeldDecision, now: Timestamp) throws -> [StageRecord] {
        let review = state.review
        let response = try SignedResponse(signOff: signOff, review: review, policy: policy, now: now)
        var chain = AuditChain(head: state.auditHead)
        let audit = AuditRecord(
            auditId: "\(review.caseId)/\(response.auditAction.rawValue)/\(signOff.signOffId)", caseId: review.caseId,
            action: response.auditAction,
            reason: "proposed \(ProposalHold.summary(review.decision)); decided \(ProposalHold.summary(response.proposal.decision)); "
                + "\(signOff.signedBy.signature) \(signOff.action): \(signOff.rationale)",
            stage: "decision", policyVersion: policy.version, at: now, by: signOff.signedBy
        )
        var records = try DecisionIssue.records(response.proposal, leadingAudits: [audit], chain: &chain)
        let signed = HeldDecision(
            caseId: review.caseId, status: .signedOff, review: review, signOff: signOff, signOffDigest: digest, auditHead: chain.head
        )
        records.append(try StageRecord(topic: .heldDecisions, key: review.caseId, message: signed))
        return records
    }

    /// A `sign-off-refused` audit record saying why.
    private func refuse(_ signOff: SignOff, _ reason: String, head: String?, now: Timestamp) throws -> [StageRecord] {
        var chain = AuditChain(head: head)
        let audit = chain.seal(AuditRecord(
            auditId: "\(signOff.caseId)/\(AuditAction.signOffRefused.rawValue)/\(MessageDecoding.printable(String(signOff.signOffId.prefix(64))))",
            caseId: signOff.caseId, action: .signOffRefused,
            reason: "\(signOff.action) by \(MessageDecoding.printable(signOff.signedBy.signature)) refused: \(reason)",
            stage: "decision", policyVersion: policy.version, at: now, by: signOff.signedBy
        ))
        return [try StageRecord(topic: .audit, key: signOff.caseId, message: audit)]
    }
}
