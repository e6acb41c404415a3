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

    /// What the decision stage produces for the case: issued at once, or held for sign-off.
    static func decide(_ caseFile: CaseFile, policy: HubPolicy = .default, held: HeldDecisionBook = HeldDecisionBook(),
                       now: Timestamp = Fixtures.now) throws -> [StageRecord] {
        let records = try DecisionMaker(policy: policy, held: held).decide(Fixtures.input(caseFile, now: now))
        held.record(records)
        return records
    }

    /// What the hub issues for the case: the decision stage's records, or for a held case what a social care
    /// manager's confirmation issues.
    static func issue(_ caseFile: CaseFile, policy: HubPolicy = .default, now: Timestamp = Fixtures.now) throws -> [StageRecord] {
        let held = HeldDecisionBook()
        let records = try decide(caseFile, policy: policy, held: held, now: now)
        return try confirmingHeld(records, policy: policy, held: held, now: now) ?? records
    }

    /// When `records` hold a case for sign-off, what the manager's confirmation issues; else nil.
    static func confirmingHeld(_ records: [StageRecord], policy: HubPolicy = .default, held: HeldDecisionBook,
                               now: Timestamp = Fixtures.now) throws -> [StageRecord]? {
        held.record(records)
        guard let review = try records.review else { return nil }
        return try signOff(confirm(review), policy: policy, held: held, now: now)
    }

    /// The decision worker's records for `signOff`.
    static func signOff(_ signOff: SignOff, policy: HubPolicy = .default, held: HeldDecisionBook, now: Timestamp = Fixtures.now) throws -> [StageRecord] {
        let records = try SignOffStage(policy: policy, held: held).process(Fixtures.input(signOff, now: now))
        held.record(records)
        return records
    }

    static let manager = Practitioner(username: "sam.patel", name: "Sam Patel", role: .socialCareManager, agency: .socialCare)
    static let signedAt = Timestamp(iso8601: "2026-03-01T10:02:11.000Z")!
    static let reasons = "The police records support the proposal and the family is known to the school."

    /// A sign-off of `review`, by the manager unless told otherwise.
    static func confirm(_ review: Review, by person: Practitioner = manager, id: String = "SO-00000001") -> SignOff {
        SignOff(signOffId: id, caseId: review.caseId, proposalDigest: review.proposalDigest, action: .confirm, rationale: reasons,
                signedBy: person, signedAt: signedAt)
    }

    /// A referral about a child born on `birth` (nil for unknown), with consent `consent`.
    static func referral(birth: String? = "2016-05-12", consent: Consent = .given) -> Referral {
        Fixtures.referral {
            $0.subjects[0].dateOfBirth = birth.map(Fixtures.date)
            $0.consent = consent
        }
    }
}

extension Array where Element == StageRecord {
    /// The review on `mash.review`, if the case was held.
    var review: Review? {
        get throws {
            let reviews = try on(.review).map { try MASHJSON.decode(Review.self, from: Data($0.value)) }
            return reviews.first
        }
    }

    /// The held-decision record, if any.
    var heldDecision: HeldDecision? {
        get throws { try on(.heldDecisions).first.map { try MASHJSON.decode(HeldDecision.self, from: Data($0.value)) } }
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
