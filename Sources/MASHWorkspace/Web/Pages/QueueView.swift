import MASHCore

/// The queue page.
struct QueueView {
    struct Tab {
        let label: String
        let href: String
        let count: Int
        let current: Bool
    }

    struct Row {
        let caseId: String
        let rag: String
        let ragLabel: String
        let received: String
        let child: String
        let concerns: String
        let status: String
        let statusLabel: String
        let escalated: Bool
        let signOffPending: Bool
        let decision: String
        let dueBy: String?
        let dueText: String
    }

    let summary: String
    let tabs: [Tab]
    let rows: [Row]
    let hasRows: Bool
    let caption: String

    init(cases: [CaseSummary], filter: QueueFilter, counts: [String: Int], clock: HubClock, now: Timestamp = .now) {
        let awaiting = counts["awaiting-sign-off"] ?? 0
        summary = awaiting == 0 ? "Nothing awaits sign-off." : "\(awaiting) proposed decision\(awaiting == 1 ? "" : "s") await\(awaiting == 1 ? "s" : "") a person's sign-off."
        tabs = [("All", nil), ("Awaiting sign-off", "awaiting-sign-off"), ("Escalated", "escalated"), ("Issued", "issued")].map { label, key in
            let current = (try? QueueFilter(key)) == filter
            return Tab(label: label, href: key.map { "/queue?status=\($0)" } ?? "/queue", count: counts[key ?? "all"] ?? 0, current: current)
        }
        rows = cases.map { summary in
            let decision = summary.outcome.map { outcome in
                (summary.status == .awaitingSignOff ? "Proposed: " : "") + outcome.rawValue.replacingOccurrences(of: "-", with: " ")
                    + (summary.decidedBy.map { ", by \($0)" } ?? "")
            } ?? "–"
            return Row(
                caseId: summary.caseId, rag: summary.rag?.rawValue ?? "none", ragLabel: summary.rag?.description ?? "Not rated",
                received: "received " + clock.shortText(summary.receivedAt), child: summary.child.isEmpty ? summary.caseId : summary.child, concerns: summary.concerns.joined(separator: ", "),
                status: summary.status.rawValue, statusLabel: summary.status.label, escalated: summary.escalated,
                signOffPending: summary.signOffPending, decision: decision,
                dueBy: summary.dueBy?.iso8601, dueText: summary.dueBy.map { HubClock.timeLeft(until: $0, now: now) } ?? ""
            )
        }
        hasRows = !rows.isEmpty
        caption = "Cases, most urgent first: \(rows.count)"
    }
}

extension CaseStatus {
    /// "Awaiting sign-off", "Issued", "In progress".
    var label: String {
        switch self {
        case .awaitingSignOff: "Awaiting sign-off"
        case .issued: "Issued"
        case .inProgress: "In progress"
        }
    }
}
