import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// Whatever arrives, a stage answers with records or a rejection: it never traps and its work is bounded.
@Suite struct HostileInputTests {
    @Test func mutatedReferralsAreProcessedOrRejectedNeverCrash() throws {
        let original = try TopicFiles.example("mash.referral")
        var random = SeededGenerator(seed: 404)
        let replacements: [[UInt8]] = ["0", "-1", "99999999999999999999", "\"\"", "null", "[]", "{}", "\"9999-12-31\"", "true", "\"\\u0000\""]
            .map { Array($0.utf8) }
        let screening = ReferralScreening(socialCare: ExampleStores.socialCare)
        var rejected = 0
        for _ in 0..<300 {
            var bytes = original
            // Replace a short run of bytes at a random place with a JSON value, or drop some bytes.
            let start = random.int(0...(bytes.count - 1))
            let end = min(bytes.count, start + random.int(0...12))
            bytes.replaceSubrange(start..<end, with: random.chance(0.7) ? random.pick(replacements) : [])
            do {
                let records = try screening.screen(Fixtures.input(bytes))
                #expect(!records.isEmpty)
            } catch let rejection as StageRejection {
                #expect(!rejection.reason.isEmpty)
                rejected += 1
            }
        }
        #expect(rejected > 100)
    }

    @Test func extremeTimesDoNotTrap() throws {
        let referral = try TopicFiles.example("mash.referral")
        for ingested in [Int64.max, Int64.min, 0] {
            let input = StageInput(value: referral, ingestedAt: Timestamp(millisecondsSince1970: ingested), now: Fixtures.now)
            #expect(try ReferralScreening().screen(input).map(\.topic) == ["mash.research", "mash.referral-register", "mash.child-history"])
        }
    }

    @Test func hostileAgencyValuesAreBounded() throws {
        let record = AgencyRecord(
            recordId: "X", agency: .police, personId: "P", forename: "Ava", surname: "Lindqvist",
            dateOfBirth: Fixtures.date("2016-05-12"), kind: .domesticAbuseIncident, date: LocalDate(year: 0, month: 1, day: 1)!,
            summary: String(repeating: "é", count: 50_000), dashYesCount: .max, disclosure: .withinHubOnly
        )
        struct WildStore: AgencyRecordStore {
            let agency = Agency.police
            let record: AgencyRecord
            func candidates(for subject: Subject) throws -> [RecordMatch] {
                [RecordMatch(record: record, confidence: .nan, status: .match, evidence: [])]
            }
            func records(personIDs: [String]) throws -> [AgencyRecord] { [] }
        }
        var caseFile = Fixtures.researched()
        caseFile.schema = MessageSchema.research
        caseFile.research = nil
        let records = try AgencyResearch(stores: [WildStore(record: record)]).research(Fixtures.input(caseFile))
        try records.expectSchemaValid()
        let item = try #require(try records.caseFile(on: .riskAssessment).research?.items.first)
        #expect(item.matchConfidence == 0)
        #expect(item.dashYesCount == 27)
        #expect(item.summary.unicodeScalars.count < 1_100)
        // And the later stages take it from there.
        let assessed = try RiskAssessor().assess(Fixtures.input(records[0].value))
        #expect(try DecisionMaker().decide(Fixtures.input(assessed[0].value)).isEmpty == false)
    }

    @Test func aCaseFileWithTooManyItemsIsRejectedBeforeWork() throws {
        let items = (0...StageLimits.maximumItemsPerCase).map { Fixtures.item("I\($0)") }
        let caseFile = Fixtures.researched(items: items)
        #expect(throws: StageRejection(reason: "mash.risk-assessment: case \"CASE-SCH.2026.0042\": 501 intelligence items is over the limit of 500")) {
            try RiskAssessor().assess(Fixtures.input(caseFile))
        }
        let oversized = [UInt8](repeating: UInt8(ascii: " "), count: StageLimits.maximumCaseFileBytes + 1)
        #expect(throws: StageRejection.self) { try DecisionMaker().decide(Fixtures.input(oversized)) }
    }
}
