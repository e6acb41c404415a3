import Foundation
import MASHCore
@testable import MASHStages
import Testing

@Suite struct AgencyResearchTests {
    private func researched(_ input: StageInput, stores: [any AgencyRecordStore] = ExampleStores.all) throws -> (CaseFile, [StageRecord]) {
        let records = try AgencyResearch(stores: stores).research(input)
        return (try records.caseFile(on: .riskAssessment), records)
    }

    private func exampleInput() throws -> StageInput { Fixtures.input(try TopicFiles.example("mash.research")) }

    @Test func theExampleCaseGetsEveryAgencysRecords() throws {
        let (caseFile, records) = try researched(exampleInput())
        try records.expectSchemaValid()
        #expect(records.first?.key == "sk:13a0d1a304cba82de0463559d6263c9c")
        #expect(caseFile.schema == MessageSchema.riskAssessment)
        #expect(caseFile.timestamps.research == Fixtures.now)
        let research = try #require(caseFile.research)
        #expect(research.agenciesQueried == [.police, .socialCare, .health, .education, .domesticAbuseService])
        #expect(research.noResponseFrom == [.domesticAbuseService])
        #expect(research.items.map(\.itemId) == [
            "social-care:REF-2025-04417:S1", "health:HV-88310:S1",
            "police:CR-2025-0912:S2", "police:DA-2025-11873:S2", "health:GP-31207:S2",
            "police:INT-55102:S3",
        ])
    }

    @Test func itemsCarryTheirOwnersBasisDisclosureAndRelation() throws {
        let items = try #require(try researched(exampleInput()).0.research?.items)
        let incident = try #require(items.first { $0.itemId == "police:DA-2025-11873:S2" })
        #expect(incident.owner == .police)
        #expect(incident.lawfulBasis == .police)
        #expect(incident.disclosure == .shareable(with: [.socialCare, .health]))
        #expect(incident.relation == "mother")
        #expect(incident.dashYesCount == 11)
        #expect(incident.perpetratorId == "NFP-P-77120")
        #expect(incident.factors == [.domesticViolenceParentOrCarer])
        let visit = try #require(items.first { $0.itemId == "health:HV-88310:S1" })
        #expect(visit.lawfulBasis == .safeguardingChildren)
        #expect(visit.matchConfidence > 0.999, "an NHS number agreeing makes the match all but certain")
        #expect(visit.relation == "self")
        let intelligence = try #require(items.first { $0.itemId == "police:INT-55102:S3" })
        #expect(intelligence.disclosure.hubOnly)
    }

    @Test func linksNameEachMatchedPersonWithEvidence() throws {
        let links = try #require(try researched(exampleInput()).0.research?.links)
        #expect(links.map { "\($0.subjectId) \($0.agency.rawValue) \($0.recordId)" } == [
            "S1 social-care NF-C-208817", "S1 health PDS-9990000123",
            "S2 police NFP-P-60231", "S2 health PDS-9991000232", "S3 police NFP-P-77120",
        ])
        let kerry = try #require(links.first { $0.recordId == "NFP-P-60231" })
        #expect(kerry.confidence > 0.99)
        #expect(kerry.status == .match)
        #expect(kerry.evidence == ["surname agrees", "forename agrees", "date of birth agrees", "postcode agrees, first line differs or unknown"])
        #expect(links.first { $0.recordId == "NFP-P-77120" }?.evidence == [
            "agency person id agrees", "surname agrees", "forename agrees", "date of birth agrees",
        ])
    }

    @Test func theHouseholdViewFindsAssociatesWhoAreNotSubjects() throws {
        let items = try #require(try researched(exampleInput()).0.research?.items)
        let associate = try #require(items.first { $0.itemId == "police:CR-2025-0912:S2" })
        #expect(associate.relation == "known associate of S2")
        #expect(associate.subjectId == "S2")
        // Dean Holloway is a subject himself: his record is his, not an associate's.
        #expect(items.filter { $0.itemId.contains("INT-55102") }.map(\.relation) == ["father, mother's partner"])
    }

    @Test func anAllegedPerpetratorWhoIsNotASubjectIsFoundThroughTheIncident() throws {
        var caseFile = try MASHJSON.decode(CaseFile.self, from: Data(TopicFiles.example("mash.research")))
        caseFile.referral.subjects.removeLast()
        let items = try #require(try researched(Fixtures.input(caseFile)).0.research?.items)
        let intelligence = try #require(items.first { $0.itemId == "police:INT-55102:S2" })
        #expect(intelligence.relation == "alleged perpetrator in incident DA-2025-11873")
    }

    @Test func aStoreThatFailsIsNoResponseAndTheOthersStillAnswer() throws {
        let stores: [any AgencyRecordStore] = [UnavailableStore(agency: .police), ExampleStores.health]
        let research = try #require(try researched(exampleInput(), stores: stores).0.research)
        #expect(research.agenciesQueried == [.police, .health])
        #expect(research.noResponseFrom == [.police])
        #expect(Set(research.items.map(\.owner)) == [.health])
    }

    @Test func theOrderOfStoresDoesNotChangeTheItems() throws {
        let forward = try #require(try researched(exampleInput()).0.research)
        let backward = try #require(try researched(exampleInput(), stores: ExampleStores.all.reversed()).0.research)
        #expect(forward.items == backward.items)
        #expect(forward.links == backward.links)
    }

    @Test func aRunawayHistoryKeepsTheMostRecentItems() throws {
        let limit = StageLimits.maximumItemsPerCase
        let records = (0..<(limit + 100)).map { index in
            Fixtures.record(String(format: "E%04d", index), agency: .education, person: "E-1", nhs: "9434765919",
                            kind: .schoolAttendance, date: LocalDate(iso8601: "2020-01-01")!.adding(days: index).iso8601)
        }
        let store = InMemoryAgencyRecordStore(agency: .education, records: records)
        let referral = Fixtures.referral()
        var caseFile = Fixtures.researched(referral)
        caseFile.schema = MessageSchema.research
        caseFile.research = nil
        let items = try #require(try researched(Fixtures.input(caseFile), stores: [store]).0.research?.items)
        #expect(items.count == limit)
        #expect(items.first?.itemId == "education:E0100:S1")
        #expect(items.last?.itemId == "education:\(String(format: "E%04d", limit + 99)):S1")
    }

    @Test func aCaseFileForAnotherStageIsRejected() throws {
        let input = Fixtures.input(try TopicFiles.example("mash.decision"))
        #expect(throws: StageRejection(reason: "mash.research: case \"CASE-2026-000481\": schema mash.decision/1 is not mash.research/1 (a case file for another stage)")) {
            try AgencyResearch(stores: []).research(input)
        }
        #expect(throws: StageRejection(reason: "mash.research: unknown schema \"mash.referral/1\" (expected mash.research/1)")) {
            try AgencyResearch(stores: []).research(Fixtures.input(try TopicFiles.example("mash.referral")))
        }
    }
}
