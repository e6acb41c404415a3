import MASHCore

/// The Children in Need census fields of the period's referrals, one row per census referral (a contact
/// decided for an assessment, s17 or s47), from the codes the pipeline recorded on each outcome: the child's
/// identifiers, date of birth and gender, the referral date and source, the primary need, ReferralNFA, the
/// factors identified and the category of abuse. For the local authority's census return; it holds the
/// children's identifiers, as the return does, so it is written to a file, never logged.
public struct CensusExtract: Sendable {
    public struct Row: Sendable, Equatable {
        public let laChildId: String
        public let upn: String
        public let birthDate: String
        /// Census GenderCurrent: 0 not known, 1 male, 2 female.
        public let gender: String
        public let referralDate: String
        public let referralSource: String
        public let primaryNeed: String
        public let referralNFA: String
        public let factors: String
        public let categoryOfAbuse: String
        public let caseId: String
        /// The hub's pseudonymous key of the child, for matching when no LA child id was given.
        public let subjectKey: String
    }

    public let rows: [Row]
    /// Decided contacts in the period that did not become census referrals.
    public let contacts: Int

    public init(history: HubHistory, from: Timestamp, to: Timestamp) {
        var rows: [Row] = []
        var contacts = 0
        for item in history.cases.values.sorted(by: { $0.caseId < $1.caseId }) {
            guard item.receivedAt.millisecondsSince1970 >= from.millisecondsSince1970, item.receivedAt.millisecondsSince1970 < to.millisecondsSince1970,
                  let outcome = item.outcome, let census = outcome.census else { continue }
            guard census.isReferral else {
                contacts += 1
                continue
            }
            let child = item.referral.firstChild
            let gender = switch child?.sex {
            case .male: "1"
            case .female: "2"
            default: "0"
            }
            rows.append(Row(
                laChildId: child?.laChildId ?? "", upn: child?.upn ?? "", birthDate: child?.dateOfBirth?.iso8601 ?? "",
                gender: gender,
                referralDate: String(item.receivedAt.iso8601.prefix(10)), referralSource: census.referralSource.rawValue,
                primaryNeed: census.primaryNeed.rawValue, referralNFA: census.referralNFA.map { $0 ? "true" : "false" } ?? "",
                factors: census.factors.map(\.rawValue).joined(separator: ";"), categoryOfAbuse: census.categoryOfAbuse?.rawValue ?? "",
                caseId: item.caseId, subjectKey: outcome.subjectKey
            ))
        }
        self.rows = rows
        self.contacts = contacts
    }

    /// The rows as CSV, under the census's own field names.
    public var csv: String {
        let header = ["LAchildID", "UPN", "PersonBirthDate", "GenderCurrent", "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "ReferralNFA",
                      "AssessmentFactors", "CategoryOfAbuse", "HubCaseId", "HubSubjectKey"]
        let lines = [header] + rows.map {
            [$0.laChildId, $0.upn, $0.birthDate, $0.gender, $0.referralDate, $0.referralSource, $0.primaryNeed, $0.referralNFA, $0.factors,
             $0.categoryOfAbuse, $0.caseId, $0.subjectKey]
        }
        return lines.map { $0.map(MonitoringReport.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
