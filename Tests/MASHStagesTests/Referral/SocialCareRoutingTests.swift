import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// Re-referrals and open cases, found in children's social care records at screening.
@Suite struct SocialCareRoutingTests {
    /// A social-care record about Ava (matched on her NHS number).
    private func record(_ id: String, kind: IntelligenceKind, date: String, endDate: String? = nil,
                        worker: String? = nil) -> AgencyRecord {
        Fixtures.record(id, agency: .socialCare, person: "LA-77", nhs: "9434765919", kind: kind, date: date,
                        endDate: endDate, caseReference: "SC-\(id)", worker: worker)
    }

    private func screen(with records: [AgencyRecord], _ referral: Referral = Fixtures.referral()) throws -> [StageRecord] {
        let store = InMemoryAgencyRecordStore(agency: .socialCare, records: records)
        return try ReferralScreening(policy: .default, socialCare: store).screen(Fixtures.input(referral))
    }

    @Test func referralsWithinTwelveMonthsMakeARereferral() throws {
        let caseFile = try screen(with: [
            record("R1", kind: .previousReferral, date: "2025-04-10"),  // 11 months before
            record("R2", kind: .previousReferral, date: "2025-12-01"),
            record("R3", kind: .previousReferral, date: "2025-02-01"),  // 13 months before: too old
        ]).caseFile(on: .research)
        #expect(caseFile.screening.isReReferral)
        #expect(caseFile.screening.previousReferralCount == 2)
        #expect(caseFile.screening.reasons.contains("re-referral: 2 referrals about this child in the last 12 months"))
    }

    @Test func noEarlierReferralIsNoRereferral() throws {
        let caseFile = try screen(with: [record("R3", kind: .previousReferral, date: "2025-02-01")]).caseFile(on: .research)
        #expect(!caseFile.screening.isReReferral)
        #expect(caseFile.screening.previousReferralCount == 0)
    }

    @Test func anOpenCaseRoutesToTheAllocatedWorker() throws {
        let records = try screen(with: [record("OC1", kind: .openCase, date: "2025-06-01", worker: "Sam Patel")])
        #expect(records.map(\.topic) == ["mash.tasking.social-care", "mash.outcome", "mash.child-history", "mash.audit", "mash.audit", "mash.referral-register"])
        #expect(try MASHJSON.decode(ChildHistoryEntry.self, from: Data(records[2].value)).referral.outcome == .routedToAllocatedWorker)
        try records.expectSchemaValid()
        let caseId = "CASE-SCH.2026.0042"
        let historyKey = "sk:348e35e9327291bbc73fb54c38170216|\(caseId)"
        #expect(records.map(\.key) == ["sk:348e35e9327291bbc73fb54c38170216", "sk:348e35e9327291bbc73fb54c38170216", historyKey, caseId, caseId, "SCH/2026/0042"])

        let tasking = try #require(try records.taskings.first)
        #expect(tasking.recipient == .socialCare)
        #expect(tasking.action == .allocatedWorkerUpdate)
        #expect(tasking.taskingId == "\(caseId)/social-care/allocated-worker-update")
        #expect(tasking.informationProduct.isEmpty)
        #expect(tasking.concernSummary == Fixtures.referral().concern.summary)
        #expect(tasking.subjects.map(\.subjectId) == ["S1", "S2", "S3"])
        #expect(tasking.dueBy == Fixtures.ingestedAt.adding(hours: 6))  // neglect screens Amber: 6 hours

        let outcome = try records.outcome
        #expect(outcome.decision.outcome == .routedToAllocatedWorker)
        #expect(outcome.decision.decidedBy == "policy default-2026.1")
        #expect(outcome.taskings == [TaskingSummary(taskingId: tasking.taskingId, recipient: .socialCare, action: .allocatedWorkerUpdate)])
        // The outcome leaves the hub: it says the child is open to a worker, not which case or which worker.
        let openCase = try #require(outcome.decision.rationale.first { $0.rule == "screening.open-case" })
        #expect(openCase.text.hasPrefix("Open to Children's Social Care under case [held in the hub], allocated worker [held in the hub]"))
        #expect(openCase.facts == ["Children's Social Care record"])
        #expect(!String(decoding: try MASHJSON.encodeBytes(outcome), as: UTF8.self).contains("Sam Patel"))

        // The open case's record decided the routing: its use is audited, and it stays with its owner.
        let use = try #require(try records.audits.first)
        #expect(use.action == .recordUsed && use.owner == .socialCare && use.itemId == "social-care:OC1:S1")
        #expect(use.reason.hasSuffix("used to route the referral to its allocated worker; the record itself is not shared"))
        let audit = try #require(try records.audits.last)
        #expect(audit.action == .shared)
        #expect(audit.recipient == .socialCare)
        #expect(audit.owner == .education)
        #expect(audit.stage == "referral")
        // The hub's own record keeps which case it was.
        #expect(audit.reason.contains("open case SC-OC1"))
    }

    @Test func aRedRoutingWaitsForAPerson() throws {
        let store = InMemoryAgencyRecordStore(agency: .socialCare, records: [record("OC1", kind: .openCase, date: "2025-06-01", worker: "Sam Patel")])
        let held = HeldDecisionBook()
        let memory = HubMemoryBook()
        let screening = ReferralScreening(policy: .default, socialCare: store, held: held, memory: memory)
        let referral = Fixtures.referral { $0.concern.categories = [.physicalAbuse] }
        let records = try screening.screen(Fixtures.input(referral))
        memory.record(records)
        try records.expectSchemaValid()
        #expect(records.map(\.topic) == ["mash.review", "mash.held-decisions", "mash.audit", "mash.audit", "mash.referral-register", "mash.child-history"])
        #expect(try records.audits.map(\.action) == [.recordUsed, .decisionHeld])
        let review = try #require(try records.review)
        #expect(review.heldBecause == [
            "child-protection response (police-investigation): software may propose it, a person decides",
            "Red case routed to the allocated worker: a person signs off every routing while the case is Red",
        ])
        // Level 4: the allocated worker takes social care's part; the police investigation goes beside it.
        #expect(review.taskings.map(\.action) == [.allocatedWorkerUpdate, .childAbuseInvestigation])
        #expect(review.caseFile.research == nil && review.caseFile.screening.openCase?.caseReference == "SC-OC1")

        let signed = try #require(try DecisionTesting.confirmingHeld(records, held: held))
        #expect(try signed.taskings.map(\.taskingId) == review.taskings.map(\.taskingId))
        #expect(try signed.outcome.decision.outcome == .routedToAllocatedWorker)
        let share = try #require(try signed.audits.first { $0.action == .shared })
        #expect(share.reason.hasPrefix("referral sent to the allocated worker of open case SC-OC1"))
        // The same referral again (a replay) holds nothing once a person has signed it off.
        #expect(try screening.screen(Fixtures.input(referral)).map(\.topic) == ["mash.referral-register"])
    }

    @Test func aHubOnlyCaseRecordDoesNotRouteTheReferralOutOfTheHub() throws {
        var hubOnly = record("OC1", kind: .openCase, date: "2025-06-01", worker: "Sam Patel")
        hubOnly.disclosure = .withinHubOnly
        let records = try screen(with: [hubOnly])
        #expect(records.map(\.topic) == ["mash.research", "mash.referral-register", "mash.child-history"])
        let screening = try records.caseFile(on: .research).screening
        #expect(screening.openCase == nil)
        #expect(screening.reasons.contains("open to Children's Social Care, but the case record is hub-only: researched by the hub rather than routed"))
    }

    @Test func aClosedOrFutureCaseDoesNotRoute() throws {
        let closed = try screen(with: [record("OC1", kind: .openCase, date: "2024-06-01", endDate: "2026-02-01")])
        #expect(closed.map(\.topic) == ["mash.research", "mash.referral-register", "mash.child-history"])
        let later = try screen(with: [record("OC2", kind: .openCase, date: "2026-04-01")])
        #expect(later.map(\.topic) == ["mash.research", "mash.referral-register", "mash.child-history"])
    }

    @Test func aCaseEndingInTheFutureIsStillOpen() throws {
        let records = try screen(with: [record("OC1", kind: .openCase, date: "2025-06-01", endDate: "2026-06-01")])
        #expect(records.map(\.topic).first == "mash.tasking.social-care")
    }

    @Test func aPossibleMatchNeverRoutes() throws {
        struct PossibleMatchStore: AgencyRecordStore {
            let agency = Agency.socialCare
            let record: AgencyRecord
            func candidates(for subject: Subject) throws -> [RecordMatch] {
                [RecordMatch(record: record, confidence: 0.7, status: .possibleMatch, evidence: ["surname"])]
            }
            func records(personIDs: [String]) throws -> [AgencyRecord] { [] }
        }
        let store = PossibleMatchStore(record: record("OC1", kind: .openCase, date: "2025-06-01"))
        let records = try ReferralScreening(socialCare: store).screen(Fixtures.input(Fixtures.referral()))
        #expect(records.map(\.topic) == ["mash.research", "mash.referral-register", "mash.child-history"])
    }

    @Test func anUnavailableStoreDoesNotBlockScreening() throws {
        let screening = ReferralScreening(socialCare: UnavailableStore(agency: .socialCare))
        let caseFile = try screening.screen(Fixtures.input(Fixtures.referral())).caseFile(on: .research)
        #expect(caseFile.screening.reasons.contains { $0.hasPrefix("social care records unavailable at screening") })
        #expect(!caseFile.screening.isReReferral)
    }
}
