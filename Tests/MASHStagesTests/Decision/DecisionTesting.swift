import Foundation
import MASHCore
@testable import MASHStages

/// Builds assessed case files and runs the decision stage on them.
enum DecisionTesting {
    /// A case file on `mash.decision` with an assessment at `level`.
    static func assessed(
        _ referral: Referral = Fixtures.referral(), screened: Level? = nil, level: Level, flags: [RiskFlag] = [],
        items: [IntelligenceItem] = [], noResponseFrom: [Agency] = [], cited: [String] = []
    ) -> CaseFile {
        var caseFile = Fixtures.researched(referral, level: screened ?? level, items: items, noResponseFrom: noResponseFrom)
        caseFile.schema = MessageSchema.decision
        caseFile.timestamps.risk = Fixtures.ingestedAt
        caseFile.assessment = RiskAssessment(
            level: level, rag: level.rag, score: 0, factors: [], primaryNeed: .abuseOrNeglect, flags: flags,
            rationale: [RationaleLine(rule: "test", text: "cited items", facts: cited)],
            maracRequired: flags.contains(where: \.requiresMARAC)
        )
        return caseFile
    }

    static func decide(_ caseFile: CaseFile, policy: HubPolicy = .default,
                       now: Timestamp = Fixtures.now) throws -> [StageRecord] {
        try DecisionMaker(policy: policy).decide(Fixtures.input(caseFile, now: now))
    }

    /// A referral about a child born on `birth` (nil for unknown), with consent `consent`.
    static func referral(birth: String? = "2016-05-12", consent: Consent = .given) -> Referral {
        Fixtures.referral {
            $0.subjects[0].dateOfBirth = birth.map(Fixtures.date)
            $0.consent = consent
        }
    }
}

extension Tasking {
    var sharedItemIds: [String] {
        informationProduct.compactMap { if case .shared(let item) = $0 { item.itemId } else { nil } }
    }

    var noticeOwners: [Agency] {
        informationProduct.compactMap { if case .withheld(let notice) = $0 { notice.owner } else { nil } }
    }
}
