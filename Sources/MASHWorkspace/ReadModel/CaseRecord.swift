import Foundation
import MASHCore

/// Everything the workspace holds on one case, decoded: what the pipeline, the people and the audit trail
/// recorded, each kind in the order it happened.
public struct CaseRecord: Sendable {
    public let caseId: String
    /// The case as assessed (from `mash.decision`), or as the held proposal saw it.
    public var caseFile: CaseFile?
    /// Proposals held for sign-off, oldest first.
    public var reviews: [Review] = []
    /// Outcomes issued, oldest first.
    public var outcomes: [Outcome] = []
    /// Taskings issued.
    public var taskings: [Tasking] = []
    /// Sign-offs submitted, oldest first.
    public var signOffs: [SignOff] = []
    /// Escalations raised and resolved, oldest first.
    public var escalations: [Escalation] = []
    /// The audit trail, in log order.
    public var audits: [AuditRecord] = []

    public init(caseId: String) {
        self.caseId = caseId
    }

    /// The latest proposal held, if any.
    public var review: Review? { reviews.last }
    /// The latest outcome, if any.
    public var outcome: Outcome? { outcomes.last }

    /// Whether the latest proposal waits for a person: held, and no outcome issued since that decides it.
    public var isAwaitingSignOff: Bool {
        guard let review else { return false }
        guard let outcome else { return true }
        if let proposal = outcome.decision.proposal { return proposal.proposalDigest != review.proposalDigest }
        return outcome.decision.decidedAt < review.heldAt
    }

    /// Escalations raised and not yet resolved.
    public var openEscalations: [Escalation] {
        let resolved = Set(escalations.compactMap(\.resolves))
        return escalations.filter { $0.kind == .raised && !resolved.contains($0.escalationId) }
    }

    /// Sign-offs of the current proposal that the decision worker has neither applied nor refused yet.
    public var pendingSignOffs: [SignOff] {
        guard isAwaitingSignOff, let review else { return [] }
        let refused = Set(audits.filter { $0.action == .signOffRefused }.map(\.auditId))
        return signOffs.filter {
            $0.proposalDigest == review.proposalDigest && !refused.contains("\(caseId)/\(AuditAction.signOffRefused.rawValue)/\($0.signOffId)")
        }
    }

    /// Where the case stands.
    public var status: CaseStatus {
        if isAwaitingSignOff { return .awaitingSignOff }
        if outcome != nil { return .issued }
        return .inProgress
    }

    /// The decision that stands or is proposed: the outcome's, else the latest proposal's.
    public var decision: Decision? {
        isAwaitingSignOff ? review?.decision : outcome?.decision ?? review?.decision
    }

    /// The hash of the case's last audit record in log order: where the next record chains from.
    public var auditHead: String? { audits.last?.hash }

    /// The case from its stored messages, in the order they were read.
    init(caseId: String, messages: [(topic: PipelineTopic, value: [UInt8])]) {
        self.caseId = caseId
        for (topic, value) in messages {
            let data = Data(value)
            switch topic {
            case .decision: caseFile = (try? MASHJSON.decode(CaseFile.self, from: data)) ?? caseFile
            case .review: if let review = try? MASHJSON.decode(Review.self, from: data) { reviews.append(review) }
            case .outcome: if let outcome = try? MASHJSON.decode(Outcome.self, from: data) { outcomes.append(outcome) }
            case .taskingPolice, .taskingSocialCare, .taskingHealth:
                if let tasking = try? MASHJSON.decode(Tasking.self, from: data) { taskings.append(tasking) }
            case .audit: if let audit = try? MASHJSON.decode(AuditRecord.self, from: data) { audits.append(audit) }
            case .signOff: if let signOff = try? MASHJSON.decode(SignOff.self, from: data) { signOffs.append(signOff) }
            case .escalation: if let escalation = try? MASHJSON.decode(Escalation.self, from: data) { escalations.append(escalation) }
            default: break
            }
        }
        reviews.sort { $0.heldAt < $1.heldAt }
        outcomes.sort { $0.decision.decidedAt < $1.decision.decidedAt }
        signOffs.sort { $0.signedAt < $1.signedAt }
        escalations.sort { $0.at < $1.at }
        caseFile = caseFile ?? reviews.last?.caseFile
    }
}

/// Where a case stands in the workspace.
public enum CaseStatus: String, Sendable, Codable, CaseIterable {
    /// A proposal waits for a person's sign-off.
    case awaitingSignOff = "awaiting-sign-off"
    /// A decision was issued.
    case issued
    /// Assessed, not yet decided.
    case inProgress = "in-progress"
}
