import MASHCore

/// The deterministic identifiers of a case's messages: derived from the input, never random, so a
/// replay produces the same ids and whatever consumes them can drop the duplicate.
public enum CaseIdentifiers {
    /// "CASE-" and the referral id with '/' written as '.', e.g. "CASE-NFP.2026.03.000481".
    ///
    /// Referral ids never contain '.', so two different referral ids never give the same case id.
    public static func caseId(referralId: String) -> String {
        "CASE-" + referralId.replacingOccurrences(of: "/", with: ".")
    }

    /// Whether `id` has the form `caseId(referralId:)` gives: "CASE-" and 1-64 letters, digits, '-', '_' or '.'.
    public static func isWellFormedCaseId(_ id: String) -> Bool {
        guard id.hasPrefix("CASE-") else { return false }
        let rest = id.utf8.dropFirst(5)
        return (1...64).contains(rest.count) && rest.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                true
            default:
                false
            }
        }
    }

    /// "<caseId>/<recipient>/<action>": one tasking per agency and action in a case.
    public static func taskingId(caseId: String, recipient: Agency, action: TaskingAction) -> String {
        "\(caseId)/\(recipient.rawValue)/\(action.rawValue)"
    }

    /// "<caseId>/outcome": one outcome per case.
    public static func outcomeId(caseId: String) -> String {
        "\(caseId)/outcome"
    }

    /// "<caseId>/<action>/<itemId>/<recipient>": one share-or-withhold record per item and recipient.
    public static func auditId(caseId: String, action: AuditAction, itemId: String, recipient: Agency) -> String {
        "\(caseId)/\(action.rawValue)/\(itemId)/\(recipient.rawValue)"
    }

    /// "<caseId>/<action>": a case-level audit record such as a consent override.
    public static func auditId(caseId: String, action: AuditAction) -> String {
        "\(caseId)/\(action.rawValue)"
    }

    /// "<agency>:<recordId>:<subjectId>": an intelligence item, unique within its case.
    public static func itemId(agency: Agency, recordId: String, subjectId: String) -> String {
        "\(agency.rawValue):\(recordId):\(subjectId)"
    }
}
