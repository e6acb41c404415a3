import Foundation
import MASHCore
import MASHSynthetic
import Testing

@Suite struct AgencyExtractTests {
    let content = SyntheticFixtures.midSize
    var population: SyntheticPopulation { content.population }

    @Test func everyAgencyHasAnExtract() {
        for agency in Agency.allCases {
            let records = content.extracts[agency] ?? []
            #expect(!records.isEmpty, "\(agency.rawValue) has no records")
            #expect(records.allSatisfy { $0.record.agency == agency })
            let ids = records.map(\.record.recordId)
            #expect(Set(ids).count == ids.count, "\(agency.rawValue) record ids repeat")
        }
    }

    @Test func groundTruthPointsAtARealPersonAndEachIdAtOnePerson() {
        var personOfId: [String: Int] = [:]
        var conflicts: [String] = []
        for generated in SyntheticFixtures.allRecords {
            #expect(population.people.indices.contains(generated.truePerson))
            let key = generated.record.agency.rawValue + "|" + generated.record.personId
            if let known = personOfId[key], known != generated.truePerson { conflicts.append(key) }
            personOfId[key] = generated.truePerson
        }
        #expect(conflicts.isEmpty, "ids shared by two people: \(conflicts.prefix(5))")
        // Ids differ between agencies: the same person is never known by the same id twice.
        let policeIds = Set((content.extracts[.police] ?? []).map(\.record.personId))
        let healthIds = Set((content.extracts[.health] ?? []).map(\.record.personId))
        #expect(policeIds.isDisjoint(with: healthIds))
    }

    @Test func someonesAreRealDuplicatesWithinAnAgency() {
        var idsOfPerson: [String: Set<String>] = [:]
        for generated in SyntheticFixtures.allRecords {
            idsOfPerson[generated.record.agency.rawValue + "|\(generated.truePerson)", default: []].insert(generated.record.personId)
        }
        let duplicated = idsOfPerson.values.filter { $0.count > 1 }
        #expect(!duplicated.isEmpty)
        #expect(duplicated.allSatisfy { $0.count == 2 })
    }

    @Test func perpetratorAndAssociateIdsAreThatAgencysPersonIds() {
        for agency in Agency.allCases {
            let records = content.extracts[agency] ?? []
            let known = Set(records.map(\.record.personId))
            let linked = records.flatMap { ($0.record.associateIds ?? []) + [$0.record.perpetratorId].compactMap { $0 } }
            let dangling = linked.filter { !known.contains($0) }
            #expect(dangling.isEmpty, "\(agency.rawValue) links to unknown ids \(dangling.prefix(5))")
        }
    }

    @Test func recordsAreDatedBeforeTheWindowAndNotBeforeBirth() {
        let windowStart = content.schedule.windowStart
        var problems: [String] = []
        for generated in SyntheticFixtures.allRecords {
            let record = generated.record
            if record.date >= windowStart { problems.append("\(record.recordId) dated \(record.date)") }
            if record.date < population.people[generated.truePerson].dateOfBirth { problems.append("\(record.recordId) before birth") }
            if let end = record.endDate, end < record.date || end >= windowStart { problems.append("\(record.recordId) ends \(end)") }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test func everyRecordEncodesAsMASHJSONDoesAndDecodesToItself() throws {
        var buffer = JSONBytes()
        for generated in SyntheticFixtures.allRecords {
            buffer.removeAll()
            buffer.append(generated.record)
            let handWritten = Data(buffer.bytes)
            #expect(try MASHJSON.decode(AgencyRecord.self, from: handWritten) == generated.record)
            #expect(try SyntheticFixtures.sameJSON(handWritten, MASHJSON.encode(generated.record)), "\(generated.record.recordId)")
        }
    }

    @Test func identifiersFollowEachAgencysPractice() {
        func share(_ agency: Agency, _ holds: (AgencyRecord) -> Bool) -> Double {
            let records = content.extracts[agency] ?? []
            return Double(records.filter { holds($0.record) }.count) / Double(max(1, records.count))
        }
        #expect(share(.health) { $0.nhsNumber != nil } > 0.9)
        #expect(share(.police) { $0.nhsNumber != nil } < 0.1)
        #expect(share(.housing) { $0.nhsNumber != nil } < 0.1)
        #expect(share(.education) { $0.upn != nil } > 0.9)
        for agency in Agency.allCases where agency != .education {
            #expect(share(agency) { $0.upn != nil } == 0, "\(agency.rawValue) holds UPNs")
        }
        for generated in SyntheticFixtures.allRecords {
            let person = population.people[generated.truePerson]
            if let nhs = generated.record.nhsNumber { #expect(nhs == person.nhsNumber) }
            if let upn = generated.record.upn { #expect(upn == person.upn) }
        }
    }

    @Test func policeIntelligenceIsHubOnlyAndMostOtherItemsReachTheActingAgencies() {
        let records = SyntheticFixtures.allRecords.map(\.record)
        #expect(records.filter { $0.kind == .policeIntelligence }.allSatisfy { $0.disclosure.hubOnly })
        let others = records.filter { $0.kind != .policeIntelligence }
        let shareable = others.filter { !$0.disclosure.hubOnly }
        #expect(Double(shareable.count) / Double(others.count) > 0.7)
        #expect(others.contains { $0.disclosure.hubOnly }, "some non-intelligence items should stay in the hub")
        #expect(shareable.contains { $0.disclosure.permits(.police) && $0.disclosure.permits(.socialCare) && $0.disclosure.permits(.health) })
    }
}
