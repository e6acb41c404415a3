import Foundation
import MASHCore

/// What a person may do to a case, checked against the case as the read model has it: sign off a held
/// proposal, record disagreement, resolve it. Each is sent to Kafka; the call returns once the read model
/// has read it back (or after a few seconds), so the next page shows it.
public struct CaseDesk: Sendable {
    let store: CaseStore
    let actions: HubActions
    /// Named on the audit records people's actions write.
    let policyVersion: String

    public init(store: CaseStore, actions: HubActions, policyVersion: String) {
        self.store = store
        self.actions = actions
        self.policyVersion = policyVersion
    }

    /// The case, or 404.
    func record(_ caseId: String) throws -> CaseRecord {
        guard let record = try store.record(caseId) else { throw WorkspaceError(.notFound, "no case \(caseId.prefix(80))") }
        return record
    }

    /// Sends `request` as `user`'s sign-off of the case's held proposal.
    public func signOff(_ caseId: String, _ request: SignOffRequest, by user: WorkspaceUser) async throws -> SignOff {
        let action = try request.signOffAction()
        guard user.role.may(action.permission) else {
            throw WorkspaceError(.forbidden, "a \(user.role.description.lowercased()) may not \(action.permission.rawValue)")
        }
        let record = try record(caseId)
        guard let review = record.review, record.isAwaitingSignOff else {
            let by = record.outcome.map { ": decided by \($0.decision.decidedBy) at \($0.decision.decidedAt)" } ?? ""
            throw WorkspaceError(.conflict, "case \(caseId) is not awaiting sign-off\(by)")
        }
        if let digest = request.proposalDigest, digest != review.proposalDigest {
            throw WorkspaceError(.conflict, "stale: the proposal changed since it was read; read the case again", field: "proposalDigest")
        }
        if let pending = record.pendingSignOffs.first {
            throw WorkspaceError(.conflict, "\(pending.signedBy.signature) already signed this proposal off at \(pending.signedAt); it is being applied")
        }
        let signOff = try request.signOff(id: Self.newId("SO"), review: review, by: user.practitioner, at: .now)
        try await actions.submit(signOff)
        await waitUntilRead(caseId) { $0.signOffs.contains { $0.signOffId == signOff.signOffId } }
        return signOff
    }

    /// Records `user`'s disagreement with the case's proposal or decision; the case goes back to the hub
    /// manager's queue marked escalated.
    public func escalate(_ caseId: String, reason: String?, by user: WorkspaceUser) async throws -> Escalation {
        let record = try record(caseId)
        let text = try Self.reasons(reason, field: "reason")
        let escalation = Escalation(
            escalationId: Self.newId("ESC"), caseId: caseId, kind: .raised,
            concerning: record.isAwaitingSignOff ? .proposal : .decision, text: text, by: user.practitioner, at: .now
        )
        try await send(escalation, action: .escalationRaised, reason: "\(user.practitioner.signature) disagrees with the \(escalation.concerning?.rawValue ?? "decision"): \(text)", record: record)
        return escalation
    }

    /// Records how an escalation was resolved (the oldest open one unless `escalationId` names another).
    public func resolve(_ caseId: String, escalationId: String?, resolution: String?, by user: WorkspaceUser) async throws -> Escalation {
        let record = try record(caseId)
        let open = record.openEscalations
        guard let target = escalationId.map({ id in open.first { $0.escalationId == id } }) ?? open.first else {
            throw WorkspaceError(.conflict, escalationId == nil ? "case \(caseId) has no open escalation" : "no open escalation \(escalationId!.prefix(64)) on case \(caseId)",
                                 field: escalationId == nil ? nil : "escalationId")
        }
        let text = try Self.reasons(resolution, field: "resolution")
        let resolved = Escalation(escalationId: Self.newId("ESC"), caseId: caseId, kind: .resolved, resolves: target.escalationId, text: text,
                                  by: user.practitioner, at: .now)
        try await send(resolved, action: .escalationResolved,
                       reason: "\(user.practitioner.signature) resolved \(target.raisedBy)'s escalation: \(text)", record: record)
        return resolved
    }

    private func send(_ escalation: Escalation, action: AuditAction, reason: String, record: CaseRecord) async throws {
        var chain = AuditChain(head: record.auditHead)
        let audit = chain.seal(AuditRecord(
            auditId: "\(escalation.caseId)/\(action.rawValue)/\(escalation.escalationId)", caseId: escalation.caseId, action: action,
            reason: reason, stage: "workspace", policyVersion: policyVersion, at: escalation.at, by: escalation.by
        ))
        try await actions.record(escalation, audit: audit)
        await waitUntilRead(escalation.caseId) { $0.escalations.contains { $0.escalationId == escalation.escalationId } }
    }

    /// Waits up to 5 s for the read model to show what was just sent.
    private func waitUntilRead(_ caseId: String, _ condition: (CaseRecord) -> Bool) async {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            if let record = try? store.record(caseId), condition(record) { return }
            try? await Task.sleep(for: .milliseconds(50))
        }
    }

    /// A person's reasons, at least a sentence, or 422 naming `field`.
    static func reasons(_ text: String?, field: String) throws -> String {
        let text = text ?? ""
        if let problem = SignOff.rationaleProblems(text, path: field).first {
            throw WorkspaceError(.unprocessableContent, problem.message, field: field)
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// "SO-" and 16 random hex digits.
    static func newId(_ prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        return prefix + "-" + (0..<8).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }
}
