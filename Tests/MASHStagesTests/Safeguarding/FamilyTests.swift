import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// The full picture of the family: every child at the address and every child of the parents is searched,
/// and a sibling's open case sends a new child's referral to the family's allocated worker.
@Suite struct FamilyTests {
    /// A newborn (no records anywhere) whose mother is named; social care holds an open child-in-need case of
    /// her 6-year-old at the same address, and names him in the mother's own record.
    private func newbornReferral(_ categories: [ConcernCategory] = [.housing]) -> Referral {
        let newborn = Subject(subjectId: "S1", role: .child, forename: "Rosa", surname: "Kerr", dateOfBirth: Fixtures.date("2026-02-10"),
                              address: Address(line1: "8 Quay Street", postcode: "NF2 4RT"))
        let mother = Subject(subjectId: "S2", role: .parent, forename: "Lena", surname: "Kerr", dateOfBirth: Fixtures.date("1995-04-02"),
                             address: Address(line1: "8 Quay Street", postcode: "NF2 4RT"), relationshipToChild: "mother")
        return Fixtures.referral {
            $0.subjects = [newborn, mother]
            $0.concern.categories = categories
            $0.concern.summary = "Health visitor worried about damp and overcrowding for the new baby."
        }
    }

    private var socialCare: InMemoryAgencyRecordStore {
        InMemoryAgencyRecordStore(agency: .socialCare, records: socialCareRecords)
    }

    private var socialCareRecords: [AgencyRecord] {
        let sibling = AgencyRecord(
            recordId: "CIN-88", agency: .socialCare, personId: "LA-SIB", forename: "Jay", surname: "Kerr", dateOfBirth: Fixtures.date("2019-11-30"),
            addressLine1: "8 Quay Street", postcode: "NF2 4RT", kind: .openCase, date: Fixtures.date("2025-09-01"),
            summary: "Child in need plan: neglect concerns", factors: [.neglect], caseReference: "SC-CIN-88", allocatedWorker: "Priya Shah",
            disclosure: .shareable(with: [.socialCare, .health])
        )
        let mother = AgencyRecord(
            recordId: "ASM-3", agency: .socialCare, personId: "LA-MUM", forename: "Lena", surname: "Kerr", dateOfBirth: Fixtures.date("1995-04-02"),
            addressLine1: "8 Quay Street", postcode: "NF2 4RT", kind: .previousReferral, date: Fixtures.date("2025-08-20"),
            summary: "Referral about Jay", associateIds: ["LA-SIB"], disclosure: .shareable(with: [.socialCare])
        )
        return [sibling, mother]
    }

    private func research(_ referral: Referral, stores: [any AgencyRecordStore]) throws -> CaseFile {
        let screened = try ReferralScreening(socialCare: socialCare).screen(Fixtures.input(referral)).caseFile(on: .research)
        return try AgencyResearch(stores: stores).research(Fixtures.input(screened)).caseFile(on: .riskAssessment)
    }

    @Test func aSiblingAtTheAddressIsFound() throws {
        // No record names him: the address alone finds him.
        var records = socialCareRecords
        records[1].associateIds = nil
        let researched = try research(newbornReferral(), stores: [InMemoryAgencyRecordStore(agency: .socialCare, records: records)])
        let sibling = try #require(researched.research?.items.first { $0.itemId.contains("CIN-88") })
        #expect(sibling.relation == ItemRelation.childAtSameAddress)
        #expect(sibling.subjectId == "S1")
        // His neglect is another household member's concern, not the newborn's own factor.
        let factors = try RiskAssessor().assess(Fixtures.input(researched)).caseFile(on: .decision).assessment?.factors ?? []
        #expect(!factors.contains(.neglect) || researched.referral.concern.categories.contains(.neglect))
    }

    @Test func aChildNamedInTheMothersRecordsIsAChildOfTheFamily() throws {
        // Her record names him; he is not at the address the referral gives.
        let moved = newbornReferral().withAddress(Address(line1: "2 New Road", postcode: "NF9 1AA"), subjects: ["S1"])
        var store = socialCareRecords
        store[0].addressLine1 = "14 Other Place"
        let researched = try research(moved, stores: [InMemoryAgencyRecordStore(agency: .socialCare, records: store)])
        let sibling = try #require(researched.research?.items.first { $0.itemId.contains("CIN-88") })
        #expect(sibling.relation == ItemRelation.childOfFamily(namedBy: "S2"))
    }

    @Test func theNewbornGoesToTheFamilysAllocatedWorker() throws {
        let researched = try research(newbornReferral(), stores: [socialCare])
        let assessed = try RiskAssessor().assess(Fixtures.input(researched)).caseFile(on: .decision)
        let records = try DecisionTesting.decide(assessed)
        let proposed = try #require(try records.review?.decision ?? records.outcome.decision)
        #expect(proposed.outcome == .routedToAllocatedWorker)
        let line = try #require(proposed.rationale.first { $0.rule == "decision.family-open-case" })
        #expect(line.text.contains("the referral goes to the family's allocated worker"))
        // Issued at once (housing alone is early help): outside the hub the record is named only by its owner.
        #expect(line.facts == ["Children's Social Care record"] && !line.text.contains("CIN-88"))
        let actions = try (try records.review?.taskings ?? records.taskings).map(\.action)
        #expect(actions.first == .allocatedWorkerUpdate)
    }

    @Test func aRedRoutingToTheFamilysWorkerIsHeldEvenIfTheHubDoesNotHoldRed() throws {
        var policy = HubPolicy.default
        policy.signOff.red = false
        let researched = try research(newbornReferral([.physicalAbuse]), stores: [socialCare])
        let assessed = try RiskAssessor(policy: policy).assess(Fixtures.input(researched)).caseFile(on: .decision)
        let review = try #require(try DecisionTesting.decide(assessed, policy: policy).review)
        #expect(review.decision.outcome == .routedToAllocatedWorker)
        #expect(review.heldBecause.contains("Red case routed to the family's allocated worker: a person signs off every routing while the case is Red"))
    }
}

private extension Referral {
    func withAddress(_ address: Address, subjects ids: Set<String>) -> Referral {
        var copy = self
        for index in copy.subjects.indices where ids.contains(copy.subjects[index].subjectId) { copy.subjects[index].address = address }
        return copy
    }
}
