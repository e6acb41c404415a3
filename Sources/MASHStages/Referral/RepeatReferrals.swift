import MASHCore

/// A referral's earlier referrals within the repeat window: those the hub itself handled, and those social
/// care recorded that the hub has no memory of (one earlier referral known to both is counted once).
struct RepeatReferrals {
    let count: Int
    let reasons: [String]

    init(remembered: [PreviousReferral], socialCareRecords: [AgencyRecord], windowMonths: Int) {
        let hubReferrals = Set(remembered.map(\.referralId))
        let socialCareOnly = socialCareRecords.filter { record in
            !hubReferrals.contains(record.recordId) && !hubReferrals.contains(record.caseReference ?? "")
        }
        count = remembered.count + socialCareOnly.count
        guard !remembered.isEmpty else {
            reasons = []
            return
        }
        let listed = remembered.map { earlier in
            "\(earlier.receivedAt.utcDate.iso8601) \(earlier.outcome?.rawValue ?? "undecided")"
        }
        reasons = ["the hub handled \(remembered.count) earlier referral\(remembered.count == 1 ? "" : "s") about this child in the last \(windowMonths) months: \(listed.joined(separator: "; "))"]
    }
}
