import Foundation
import MASHCore
@testable import MASHStages

/// Values the stage tests build cases from. Synthetic people only.
enum Fixtures {
    static let receivedAt = Timestamp(iso8601: "2026-03-01T09:15:00.000Z")!
    /// When the hub took the example referral in: later than the partner's contact time on purpose.
    static let ingestedAt = Timestamp(iso8601: "2026-03-01T09:20:00.000Z")!
    static let now = Timestamp(iso8601: "2026-03-01T09:20:00.250Z")!

    static func date(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

    static func input(_ bytes: [UInt8], now: Timestamp = now) -> StageInput {
        StageInput(value: bytes, ingestedAt: ingestedAt, now: now)
    }

    static func input<Message: Encodable>(_ message: Message, now: Timestamp = now) throws -> StageInput {
        StageInput(value: Array(try MASHJSON.encode(message)), ingestedAt: ingestedAt, now: now)
    }

    static let child = Subject(
        subjectId: "S1", role: .child, forename: "Ava", surname: "Lindqvist", dateOfBirth: date("2016-05-12"),
        address: Address(line1: "3 Mill Lane", postcode: "NF1 2AB"), nhsNumber: "9434765919", relationshipToChild: "self"
    )
    static let mother = Subject(
        subjectId: "S2", role: .parent, forename: "Maja", surname: "Lindqvist", dateOfBirth: date("1990-01-20"),
        address: Address(line1: "3 Mill Lane", postcode: "NF1 2AB"), relationshipToChild: "mother"
    )
    static let partner = Subject(
        subjectId: "S3", role: .allegedPerpetrator, forename: "Rob", surname: "Teller", dateOfBirth: date("1988-07-02"),
        policeId: "P-900", relationshipToChild: "mother's partner"
    )

    /// A valid referral about Ava; `change` adjusts it.
    static func referral(_ change: (inout Referral) -> Void = { _ in }) -> Referral {
        var referral = Referral(
            referralId: "SCH/2026/0042", receivedAt: receivedAt, source: .schools,
            referrer: Referrer(agency: .education, name: "Designated Safeguarding Lead"),
            concern: Concern(summary: "Ava disclosed that she is often left alone overnight.", categories: [.neglect]),
            subjects: [child, mother, partner], consent: .given
        )
        change(&referral)
        return referral
    }

    static func screening(_ level: Level, previousReferrals: Int = 0) -> Screening {
        Screening(rag: level.rag, level: level, researchDeadline: ingestedAt.adding(hours: 6), reasons: [],
                  isReReferral: previousReferrals > 0, previousReferralCount: previousReferrals)
    }

    /// A researched case file (mash.risk-assessment/1) about `referral` holding `items`.
    static func researched(_ referral: Referral = referral(), level: Level = .earlyHelp, items: [IntelligenceItem] = [],
                           noResponseFrom: [Agency] = [], previousReferrals: Int = 0) -> CaseFile {
        CaseFile(
            schema: MessageSchema.riskAssessment, caseId: CaseIdentifiers.caseId(referralId: referral.referralId),
            referralId: referral.referralId, receivedAt: ingestedAt, subjectKey: referral.subjectKey, referral: referral,
            screening: screening(level, previousReferrals: previousReferrals),
            research: ResearchResult(agenciesQueried: Agency.allCases, noResponseFrom: noResponseFrom, items: items, links: []),
            timestamps: StageTimestamps(received: ingestedAt, referral: ingestedAt, research: ingestedAt)
        )
    }

    /// An intelligence item with sensible defaults.
    static func item(
        _ id: String, owner: Agency = .police, subject: String = "S1", kind: IntelligenceKind = .policeIntelligence,
        date: String = "2026-01-10", endDate: String? = nil, summary: String? = nil, confidence: Double = 1,
        disclosure: Disclosure = .shareable(with: [.socialCare, .health, .police]), factors: [CINFactor] = [],
        dash: Int? = nil, perpetrator: String? = nil
    ) -> IntelligenceItem {
        IntelligenceItem(
            itemId: id, owner: owner, subjectId: subject, kind: kind, summary: summary ?? "Summary of \(id)",
            date: Fixtures.date(date), endDate: endDate.map(Fixtures.date), matchConfidence: confidence,
            lawfulBasis: owner == .police ? .police : .safeguardingChildren, disclosure: disclosure, factors: factors,
            dashYesCount: dash, perpetratorId: perpetrator
        )
    }

    /// An agency record with sensible defaults, about Ava unless told otherwise.
    static func record(
        _ id: String, agency: Agency = .police, person: String = "P-1", forename: String = "Ava",
        surname: String = "Lindqvist", birth: String? = "2016-05-12", nhs: String? = nil, upn: String? = nil,
        kind: IntelligenceKind = .policeIntelligence, date: String = "2026-01-10", endDate: String? = nil,
        summary: String? = nil, caseReference: String? = nil, worker: String? = nil, perpetrator: String? = nil,
        associates: [String]? = nil, disclosure: Disclosure = .shareable(with: [.socialCare])
    ) -> AgencyRecord {
        AgencyRecord(
            recordId: id, agency: agency, personId: person, forename: forename, surname: surname,
            dateOfBirth: birth.map(Fixtures.date), nhsNumber: nhs, upn: upn, kind: kind, date: Fixtures.date(date),
            endDate: endDate.map(Fixtures.date), summary: summary ?? "Record \(id)", perpetratorId: perpetrator,
            associateIds: associates, caseReference: caseReference, allocatedWorker: worker, disclosure: disclosure
        )
    }

    /// A DASH checklist with `yes` yes answers.
    static func dash(yes: Int) -> DASHChecklist {
        DASHChecklist(version: .police27, answers: (0..<27).map { $0 < yes })
    }
}

/// A store that is down.
struct UnavailableStore: AgencyRecordStore {
    struct Down: Error {}
    let agency: Agency
    func candidates(for subject: Subject) throws -> [RecordMatch] { throw Down() }
    func records(personIDs: [String]) throws -> [AgencyRecord] { throw Down() }
}
