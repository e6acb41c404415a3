import Foundation
import MASHAgencyStore
import MASHCore
import MASHLinkage
import MASHSynthetic
import Testing

/// Research matches over a small synthetic hub with known truth.
@Suite struct SyntheticMatchingTests {
    /// One (subject, agency person) pair that should or should not have been attached.
    struct Miss: CustomStringConvertible {
        var referral: String
        var subject: Subject
        var agency: Agency
        var personId: String
        var recordNoise: RecordNoise
        var referralNoise: [String]
        /// How the subject compares with the person's first record.
        var comparison: PersonComparison
        var description: String {
            "\(referral) \(subject.subjectId) \(subject.forename) \(subject.surname) \(agency.rawValue) \(personId) \(comparison.evidence): record \(RecordNoise.kinds.filter { recordNoise.contains($0.kind) }.map(\.name)), referral \(referralNoise)"
        }
    }

    @Test func everyTrueMatchOutsideTheExcludedClassesIsFoundAndNoFalseMatchIsAttached() throws {
        let hub = try SyntheticHub.generateInMemory(configuration: SyntheticHubConfiguration(people: 4000, referrals: 400, seed: 7))
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stores = AgencyStoreFolder(folder)
        var truth: [Agency: [Int: [String: RecordNoise]]] = [:]
        var firstRecord: [Agency: [String: AgencyRecord]] = [:]
        for agency in Agency.allCases {
            let records = hub.extracts[agency] ?? []
            try AgencyStoreWriter.write(records.map(\.record), agency: agency, to: stores.storeURL(for: agency), source: "test")
            for generated in records where firstRecord[agency]?[generated.record.personId] == nil { firstRecord[agency, default: [:]][generated.record.personId] = generated.record }
            for generated in records { truth[agency, default: [:]][generated.truePerson, default: [:]][generated.record.personId, default: []].formUnion(generated.noise) }
        }
        var missed: [Miss] = [], falselyAttached: [Miss] = [], found = 0
        for generated in hub.referrals {
            for (subject, person) in zip(generated.referral.normalised().subjects, generated.subjectPeople) {
                let noise = Self.referralNoise(subject, hub.population.people[person], hub.population)
                for store in try stores.openAll() {
                    let attached = Set(try store.candidates(for: subject).map(\.record.personId))
                    let expected = truth[store.agency]?[person] ?? [:]
                    func comparison(_ personId: String) -> PersonComparison {
                        PersonMatcher().compare(PersonIdentity(subject: subject, searchedBy: store.agency), PersonIdentity(record: firstRecord[store.agency]![personId]!))
                    }
                    for (personId, recordNoise) in expected {
                        let miss = Miss(referral: generated.referral.referralId, subject: subject, agency: store.agency, personId: personId, recordNoise: recordNoise, referralNoise: noise, comparison: comparison(personId))
                        if attached.contains(personId) { found += 1 } else { missed.append(miss) }
                    }
                    for personId in attached where expected[personId] == nil {
                        falselyAttached.append(Miss(referral: generated.referral.referralId, subject: subject, agency: store.agency, personId: personId, recordNoise: [], referralNoise: noise, comparison: comparison(personId)))
                    }
                }
            }
        }
        #expect(falselyAttached.isEmpty, "\(falselyAttached)")
        let unexplained = missed.filter { !Self.isExcluded($0) }
        #expect(unexplained.isEmpty, "\(unexplained.count) of \(missed.count) misses are not in an excluded class: \(unexplained)")
        // The exclusions must stay exceptions, not swallow the test.
        #expect(found >= 10 * missed.count, "found \(found), missed \(missed.count)")
    }

    /// The classes of true match the matcher is not expected to find, by design:
    /// - name-only evidence: the referral gives no date of birth, and the record shares neither an address
    ///   (postcode) nor an identifier with it. A name alone never reaches the attach threshold, so that
    ///   a common name cannot bring another family's history.
    /// - compound errors: two or more errors between the two, counting each identity error and moved
    ///   address the generator put on the record (`RecordNoise`) and each difference or omission in the
    ///   referral's name or date of birth.
    static func isExcluded(_ miss: Miss) -> Bool {
        let comparison = miss.comparison
        let identifierAgrees = [comparison.nhsNumber, comparison.upn, comparison.personId].contains(.agrees)
        let sharesAddress = comparison.address == .sameAddress || comparison.address == .samePostcode
        if comparison.dateOfBirth == .missing, !sharesAddress, !identifierAgrees { return true }
        let recordErrors = RecordNoise.kinds.filter { RecordNoise.identityErrors.union(.movedAddress).contains($0.kind) && miss.recordNoise.contains($0.kind) }.count
        let referralErrors = miss.referralNoise.filter { $0.hasPrefix("forename") || $0.hasPrefix("surname") || $0.contains("date of birth") }.count
        return recordErrors + referralErrors >= 2
    }

    /// How the referrer's account of the subject differs from the truth.
    static func referralNoise(_ subject: Subject, _ person: SyntheticPerson, _ population: SyntheticPopulation) -> [String] {
        var noise: [String] = []
        if subject.forename != person.forename { noise.append("forename \(subject.forename) for \(person.forename)") }
        if subject.surname != person.surname { noise.append("surname \(subject.surname) for \(person.surname)") }
        if subject.dateOfBirth == nil { noise.append("no date of birth") } else if subject.dateOfBirth != person.dateOfBirth { noise.append("wrong date of birth") }
        let address = population.address(of: person)
        if subject.address?.postcode == nil { noise.append("no postcode") } else if subject.address?.postcode != address.postcode { noise.append("other postcode") }
        if subject.address?.line1 == nil { noise.append("no address line") }
        return noise
    }
}
