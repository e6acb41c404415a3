import Foundation
import MASHCore
import MASHSynthetic
import Testing

@Suite struct SyntheticHubFilesTests {
    static let configuration = SyntheticHubConfiguration(people: 1_500, referrals: 200, seed: 21)

    static let files = ["people.jsonl", "truth.csv", "referrals.jsonl", "manifest.json"]
        + Agency.allCases.map { "agencies/\($0.rawValue).jsonl" }

    private func generate(_ configuration: SyntheticHubConfiguration) throws -> (URL, SyntheticHubManifest, [WrittenFile]) {
        let directory = SyntheticFixtures.temporaryDirectory()
        var written: [WrittenFile] = []
        let manifest = try SyntheticHub.generate(configuration: configuration, into: directory) { written.append($0) }
        return (directory, manifest, written)
    }

    private func contents(_ directory: URL, _ file: String) -> Data? {
        FileManager.default.contents(atPath: directory.appendingPathComponent(file).path)
    }

    private func lines(_ directory: URL, _ file: String) -> [Data] {
        (contents(directory, file) ?? Data()).split(separator: UInt8(ascii: "\n")).map { Data($0) }
    }

    @Test func theSameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot() throws {
        let (first, _, _) = try generate(Self.configuration)
        let (second, _, _) = try generate(Self.configuration)
        var other = Self.configuration
        other.seed = 22
        let (third, _, _) = try generate(other)
        defer { for url in [first, second, third] { try? FileManager.default.removeItem(at: url) } }
        for file in Self.files {
            let a = contents(first, file)
            #expect(a != nil && !a!.isEmpty, "\(file) missing or empty")
            #expect(a == contents(second, file), "\(file) differs between runs with the same seed")
        }
        #expect(contents(first, "referrals.jsonl") != contents(third, "referrals.jsonl"))
        #expect(contents(first, "people.jsonl") != contents(third, "people.jsonl"))
    }

    @Test func filesMatchTheManifestAndTheInMemoryHub() throws {
        let (directory, manifest, written) = try generate(Self.configuration)
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = try SyntheticHub.generateInMemory(configuration: Self.configuration)
        #expect(manifest.matches(Self.configuration))
        #expect(SyntheticHubManifest.existing(in: directory) == manifest)
        #expect(Set(written.map(\.path)) == Set(Self.files))
        #expect(manifest.peopleGenerated == memory.population.people.count)
        #expect(lines(directory, "people.jsonl").count == manifest.peopleGenerated)
        #expect(lines(directory, "referrals.jsonl").count == manifest.referralsGenerated)
        #expect(manifest.referralsGenerated == Self.configuration.referrals)
        for agency in Agency.allCases {
            let records = try lines(directory, "agencies/\(agency.rawValue).jsonl").map { try MASHJSON.decode(AgencyRecord.self, from: $0) }
            #expect(records.count == manifest.agencyRecords[agency.rawValue])
            #expect(records == memory.extracts[agency]?.map(\.record))
        }
        let referrals = try lines(directory, "referrals.jsonl").map { try MASHJSON.decode(Referral.self, from: $0) }
        #expect(referrals == memory.referrals.map(\.referral))
        var other = Self.configuration
        other.referrals += 1
        #expect(!manifest.matches(other))
    }

    @Test func truthNamesARealPersonForEveryRecord() throws {
        let (directory, manifest, _) = try generate(Self.configuration)
        defer { try? FileManager.default.removeItem(at: directory) }
        let people = try lines(directory, "people.jsonl").map { try MASHJSON.decode(TruePersonRecord.self, from: $0) }
        let personIds = Set(people.map(\.personId))
        #expect(personIds.count == people.count)
        #expect(people.allSatisfy { NHSNumber($0.nhsNumber) != nil && ($0.upn.map { UPN($0) != nil } ?? true) })
        let rows = lines(directory, "truth.csv").map { String(decoding: $0, as: UTF8.self) }
        #expect(rows.first == "agency,record_id,person_id,true_person")
        var recordsByAgency: [String: [String: String]] = [:]
        for agency in Agency.allCases {
            for line in lines(directory, "agencies/\(agency.rawValue).jsonl") {
                let record = try MASHJSON.decode(AgencyRecord.self, from: line)
                recordsByAgency[agency.rawValue, default: [:]][record.recordId] = record.personId
            }
        }
        let body = rows.dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(body.count == manifest.agencyRecords.values.reduce(0, +))
        for row in body {
            #expect(row.count == 4)
            guard row.count == 4 else { continue }
            #expect(recordsByAgency[row[0]]?[row[1]] == row[2], "\(row)")
            #expect(personIds.contains(row[3]), "\(row)")
        }
    }

    @Test func invalidConfigurationsAreRejected() {
        #expect(throws: SyntheticHubError.self) { try SyntheticHubConfiguration(people: 1).validate() }
        #expect(throws: SyntheticHubError.self) { try SyntheticHubConfiguration(people: 2_000_000).validate() }
        #expect(throws: SyntheticHubError.self) { try SyntheticHubConfiguration(referrals: -1).validate() }
        #expect(throws: Never.self) { try SyntheticHubConfiguration(people: 2, referrals: 0).validate() }
    }

    @Test func aTinyPopulationStillHasAChildToRefer() throws {
        let hub = try SyntheticHub.generateInMemory(configuration: .init(people: 2, referrals: 10, seed: 5))
        #expect(hub.population.people.contains { $0.isChild })
        #expect(hub.referrals.count == 10)
        #expect(hub.referrals.allSatisfy { $0.referral.validate().isEmpty })
    }
}
