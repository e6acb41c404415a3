import MASHCore

/// What children's social care holds about the referral's child that changes screening: earlier
/// referrals within the repeat window, and an open case to route to.
struct SocialCareHistory {
    /// Previous referrals about the child within the window before the referral was received.
    var previousReferrals: [AgencyRecord] = []
    /// The child's open social-care case, if there is one.
    var openCase: AgencyRecord?
    /// The child's current child protection plan and care episode records (CP-IS), open on the day.
    var careStatus: [AgencyRecord] = []
    /// What screening should say about the lookup.
    var reasons: [String] = []

    /// Looks the referral's first child up in `store`; never throws, because a lookup must not block the
    /// pipeline: a failure is recorded in `reasons` and screening goes on without it.
    static func lookUp(_ referral: Referral, in store: (any AgencyRecordStore)?, windowMonths: Int) -> SocialCareHistory {
        guard let store else {
            return SocialCareHistory(reasons: ["social care records not checked at screening (no store configured)"])
        }
        guard let child = referral.firstChild else { return SocialCareHistory() }
        let candidates: [RecordMatch]
        do {
            candidates = try store.candidates(for: child)
        } catch {
            return SocialCareHistory(reasons: [
                "social care records unavailable at screening: re-referral and open-case status not checked",
            ])
        }
        // Only a definite match may route a case or count as a re-referral: a possible match goes to
        // research, where a practitioner can verify it.
        let matched = candidates.filter { $0.status == .match && $0.record.agency == store.agency }.map(\.record)
        let receivedDate = referral.receivedAt.utcDate

        var seen = Set<String>()
        let previous = matched.filter { record in
            record.kind == .previousReferral
                && record.date.isWithin(months: windowMonths, before: receivedDate)
                // The social care record of this very referral is not a previous one.
                && record.caseReference != referral.referralId && record.recordId != referral.referralId
                && seen.insert(record.recordId).inserted
        }
        let openCases = matched
            .filter { $0.kind == .openCase && $0.date <= receivedDate && $0.isOpen(on: receivedDate) }
            .sorted { ($0.date, $0.recordId) > ($1.date, $1.recordId) }
        // A case record its owner marked hub-only may not send the referral out of the hub on its own say:
        // the referral goes through MASH research, where the record is weighed like any other.
        let open = openCases.first { !$0.disclosure.hubOnly }

        var seenCare = Set<String>()
        let care = matched
            .filter { [.childProtectionPlan, .lookedAfter].contains($0.kind) && $0.date <= receivedDate && $0.isOpen(on: receivedDate) }
            .sorted { ($0.date, $0.recordId) < ($1.date, $1.recordId) }
            .filter { seenCare.insert($0.recordId).inserted }

        var history = SocialCareHistory(previousReferrals: previous, openCase: open, careStatus: care)
        if !previous.isEmpty {
            let count = previous.count
            history.reasons.append(
                "re-referral: \(count) referral\(count == 1 ? "" : "s") about this child in the last \(windowMonths) months"
            )
        }
        if open == nil, !openCases.isEmpty {
            history.reasons.append("open to \(store.agency.displayName), but the case record is hub-only: researched by the hub rather than routed")
        }
        if let open {
            let worker = open.allocatedWorker.map { ", allocated worker \($0)" } ?? ""
            history.reasons.append(
                "open to \(store.agency.displayName) (case \(Self.caseReference(of: open))\(worker)): routed to the allocated worker"
            )
        }
        return history
    }

    /// The open case's reference, falling back to its record id.
    static func caseReference(of record: AgencyRecord) -> String {
        if let reference = record.caseReference, !reference.isEmpty { return reference }
        return record.recordId.isEmpty ? "unreferenced" : record.recordId
    }
}
