import MASHCore

/// When research on a newly screened case falls due: the hub's deadline for its RAG, and each agency's
/// own where the policy gives one, counted in the hub's calendar.
struct ResearchSchedule {
    /// When every agency's research is due unless listed in `agencyDeadlines`; the receipt time itself
    /// when the rating has no research deadline.
    let caseDeadline: Timestamp
    /// The agencies due at another time than `caseDeadline`, in agency order.
    let agencyDeadlines: [AgencyDeadline]
    /// What screening records about the deadlines.
    let reasons: [String]

    init(rag: RAG, receivedAt: Timestamp, policy: HubPolicy) {
        let deadlines = policy.researchDeadlines
        let hub = deadlines.deadline(for: rag)
        let caseDue = hub.map { policy.due(after: receivedAt, $0, rag: rag) } ?? receivedAt
        caseDeadline = caseDue
        var reasons = [hub.map { "research due within \(Self.describe($0, rag: rag)) (\(rag)), by \(caseDue)" }
            ?? "\(rag): no MASH research deadline"]
        var agencyDeadlines: [AgencyDeadline] = []
        for agency in Agency.allCases {
            guard let own = deadlines.perAgency[agency]?[rag], own != hub else { continue }
            let due = policy.due(after: receivedAt, own, rag: rag)
            agencyDeadlines.append(AgencyDeadline(agency: agency, dueBy: due))
            reasons.append("\(agency.displayName) research due within \(Self.describe(own, rag: rag)), by \(due)")
        }
        self.agencyDeadlines = agencyDeadlines
        self.reasons = reasons
    }

    /// The deadline in words; a Red one always in clock hours, as it is counted.
    private static func describe(_ deadline: Deadline, rag: RAG) -> String {
        rag == .red ? Deadline.clockHours(deadline.hours).description : deadline.description
    }
}
