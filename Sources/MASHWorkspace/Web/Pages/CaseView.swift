import MASHCore

/// The case page.
struct CaseView {
    struct Line {
        let rule: String
        let text: String
    }

    struct TaskingLine {
        let recipient: String
        let action: String
        let due: String
        /// "Shares 12 items; withholds what Police holds (hub only)".
        let shareSummary: String
        let product: Product?
    }

    struct Product {
        let entries: [String]
    }

    struct Proposal {
        let outcomes: String
        let level: String
        let rag: String
        let proposedBy: String
        let heldAt: String
        let heldBecause: [String]
        let taskings: [TaskingLine]
        let rationale: [Line]
        let rationaleCount: Int
    }

    struct Choice {
        let value: String
        let label: String
    }

    struct SignOffForm {
        let caseId: String
        let csrf: String
        let proposalDigest: String
        let mayChange: Bool
        let signer: String
        /// What the person had written, when the form comes back with a problem.
        let draft: String
        let outcomeOptions: [Choice]
        let levelOptions: [Choice]
    }

    struct Pending {
        let by: String
        let at: String
    }

    struct DecisionPanel {
        let outcomes: String
        let level: String
        let rag: String
        let decidedBy: String
        let decidedAt: String
        let proposed: String?
        let signOffRationale: String?
        let taskings: [TaskingLine]
        let rationale: [Line]
        let rationaleCount: Int
    }

    struct SubjectRow {
        let role: String
        let name: String
        let born: String
        let address: String
        let identifiers: String
    }

    struct ReferralPanel {
        let referrer: String
        let source: String
        let categories: String
        let urgent: Bool
        let summary: String
        let consent: String
        let dash: String?
        let judgement: String?
        let subjects: [SubjectRow]
        let screening: [String]
        /// Earlier referrals about the child the hub handled: "Tue 3 Feb 2026, 10:12: REF-1, information and advice".
        let previousReferrals: [String]
        let hasPreviousReferrals: Bool
    }

    struct ItemRow {
        let kind: String
        let date: String
        let subject: String
        let confidence: String
        let summary: String
        let hubOnly: Bool
        let agency: String
        let sharedWith: String
        let basis: String
    }

    struct AgencyResearch {
        let agency: String
        let itemCount: Int
        let links: [String]
        let items: [ItemRow]
    }

    struct AssessmentPanel {
        let level: String
        let rag: String
        let score: Int
        let primaryNeed: String
        let reRating: String?
        let flags: String?
        let factors: String?
        let rationale: [Line]
    }

    struct EscalationRow {
        let title: String
        let by: String
        let at: String
        let text: String
    }

    struct AuditRow {
        let at: String
        let action: String
        let who: String
        let reason: String
    }

    let caseId: String
    let referralId: String
    let child: String
    let received: String
    let rag: String?
    let ragLabel: String
    let levelLabel: String?
    let status: String
    let statusLabel: String
    let escalated: Bool
    let dueBy: String?
    let dueText: String
    let notice: String?
    let errors: [String]
    let proposal: Proposal?
    let pending: Pending?
    let refusals: [String]
    let signOffForm: SignOffForm?
    let decision: DecisionPanel?
    let referral: ReferralPanel?
    let hasResearch: Bool
    let noResponse: String?
    /// "Police, Health: consent refused below level 4 ...", when consent limited research.
    let notSearched: String?
    let agencies: [AgencyResearch]
    let assessment: AssessmentPanel?
    let escalations: [EscalationRow]
    let mayEscalate: Bool
    let mayResolve: Bool
    let concerning: String
    let csrf: String
    let auditCount: Int
    let auditChain: String
    let auditChainClass: String
    let audits: [AuditRow]
}
