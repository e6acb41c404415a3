import MASHCore

/// One line of the queue: a case as the workspace lists it.
public struct CaseSummary: Sendable, Hashable, Codable {
    public var caseId: String
    public var referralId: String
    public var status: CaseStatus
    /// Whether disagreement with it is recorded and not yet resolved.
    public var escalated: Bool
    public var rag: RAG?
    public var level: Level?
    /// The outcome issued, or proposed while it waits.
    public var outcome: OutcomeKind?
    /// When a held decision is due.
    public var dueBy: Timestamp?
    public var receivedAt: Timestamp
    /// Who decided, once issued.
    public var decidedBy: String?
    /// The first child's name, as the referral gave it.
    public var child: String
    /// The referral's concern categories.
    public var concerns: [String]
    /// Why a person must decide.
    public var heldBecause: [String]
    /// A sign-off is on its way to the decision worker.
    public var signOffPending: Bool

    init?(_ record: CaseRecord) {
        guard let referralId = record.caseFile?.referralId ?? record.review?.referralId ?? record.outcome?.referralId,
              let receivedAt = record.caseFile?.receivedAt ?? record.review?.receivedAt ?? record.outcome?.receivedAt
        else { return nil }
        let decision = record.decision
        let assessment = record.caseFile?.assessment
        caseId = record.caseId
        self.referralId = referralId
        status = record.status
        escalated = !record.openEscalations.isEmpty
        rag = decision?.rag ?? assessment?.rag ?? record.caseFile?.screening.rag
        level = decision?.level ?? assessment?.level ?? record.caseFile?.screening.level
        outcome = decision?.outcome
        dueBy = record.isAwaitingSignOff ? record.review?.dueBy : nil
        self.receivedAt = receivedAt
        decidedBy = record.status == .issued ? record.outcome?.decision.decidedBy : nil
        let child = record.caseFile?.referral.firstChild
        self.child = child.map { "\($0.forename) \($0.surname)" } ?? ""
        concerns = record.caseFile?.referral.concern.categories.map(\.description) ?? []
        heldBecause = record.isAwaitingSignOff ? record.review?.heldBecause ?? [] : []
        signOffPending = !record.pendingSignOffs.isEmpty
    }
}
