import Foundation
import MASHCore
@testable import MASHStages

/// Runs the risk stage on a researched case file and reads back its assessment.
enum RiskTesting {
    static func assess(_ caseFile: CaseFile, policy: HubPolicy = .default) throws -> RiskAssessment {
        let records = try RiskAssessor(policy: policy).assess(Fixtures.input(caseFile))
        guard let assessment = try records.caseFile(on: .decision).assessment else { throw MissingAssessment() }
        return assessment
    }

    /// The date `months` months (and `days` days) before the referral was received.
    static func monthsAgo(_ months: Int, days: Int = 0) -> String {
        Fixtures.receivedAt.utcDate.subtracting(months: months).adding(days: -days).iso8601
    }

    /// `count` domestic-abuse incidents by `perpetrator`, about the mother, `months` months ago.
    static func incidents(_ count: Int, perpetrator: String? = "P-900", monthsAgo months: Int = 2,
                          kind: IntelligenceKind = .domesticAbuseIncident, prefix: String = "DA") -> [IntelligenceItem] {
        (0..<count).map { index in
            Fixtures.item("\(prefix)-\(perpetrator ?? "none")-\(index)", subject: "S2", kind: kind,
                          date: monthsAgo(months, days: index), perpetrator: perpetrator)
        }
    }

    struct MissingAssessment: Error {}
}

extension RiskAssessment {
    func line(_ rule: String) -> RationaleLine? { rationale.first { $0.rule == rule } }
}
