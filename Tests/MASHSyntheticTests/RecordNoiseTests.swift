import MASHCore
import MASHSynthetic
import Testing

@Suite struct RecordNoiseTests {
    let content = SyntheticFixtures.midSize
    var population: SyntheticPopulation { content.population }

    @Test func everyNoiseKindOccursInAMidSizePopulation() {
        let seen = SyntheticFixtures.allRecords.reduce(into: RecordNoise()) { $0.formUnion($1.noise) }
        let missing = RecordNoise.kinds.filter { !seen.contains($0.kind) }.map(\.name)
        #expect(missing.isEmpty, "never seen: \(missing)")
    }

    @Test func noiseRatesAreRealisticPerAgency() {
        for agency in Agency.allCases {
            let records = content.extracts[agency] ?? []
            let identityErrors = records.filter { !$0.noise.isDisjoint(with: RecordNoise.identityErrors) }.count
            let anyNoise = records.filter { !$0.noise.isEmpty }.count
            let errorRate = Double(identityErrors) / Double(records.count)
            let noiseRate = Double(anyNoise) / Double(records.count)
            #expect((0.02...0.35).contains(errorRate), "\(agency.rawValue) identity errors \(errorRate)")
            #expect((0.04...0.6).contains(noiseRate), "\(agency.rawValue) any noise \(noiseRate)")
        }
    }

    @Test func cleanRecordsMatchTheTruthExactly() {
        var problems: [String] = []
        for generated in SyntheticFixtures.allRecords where generated.noise.isDisjoint(with: RecordNoise.identityErrors) {
            let person = population.people[generated.truePerson]
            let record = generated.record
            if record.forename != person.forename || record.surname != person.surname || record.dateOfBirth != person.dateOfBirth {
                problems.append(record.recordId)
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test func eachNoiseKindChangesWhatItSays() {
        var problems: [String] = []
        for generated in SyntheticFixtures.allRecords {
            let person = population.people[generated.truePerson]
            let record = generated.record
            let noise = generated.noise
            let identity = noise.intersection(RecordNoise.identityErrors)
            func fail(_ what: String) { problems.append("\(record.recordId) \(what)") }
            if identity == .nickname, !NicknameCatalogue.shortForms(of: person.forename).contains(record.forename) { fail("nickname") }
            if identity == .namesSwapped, record.forename != person.surname || record.surname != person.forename { fail("swap") }
            if identity == .missingDateOfBirth, record.dateOfBirth != nil { fail("missing dob") }
            if identity == .yearOnlyDateOfBirth, record.dateOfBirth != LocalDate(year: person.dateOfBirth.year, month: 1, day: 1) { fail("year only") }
            if identity == .dayMonthSwapped,
               record.dateOfBirth != LocalDate(year: person.dateOfBirth.year, month: person.dateOfBirth.day, day: person.dateOfBirth.month) {
                fail("day-month")
            }
            if identity == .dateOfBirthDigitOff {
                let differing = zip(person.dateOfBirth.iso8601, record.dateOfBirth?.iso8601 ?? "").filter { $0 != $1 }.count
                if differing != 1 { fail("digit off by \(differing)") }
            }
            if [.letterSubstituted, .letterDeleted, .lettersTransposed, .surnameChanged, .hyphenatedSurname, .surnamesSwapped].contains(identity),
               record.forename == person.forename, record.surname == person.surname {
                fail("name unchanged")
            }
            if identity == .surnamesSwapped, record.surname.split(separator: "-").reversed().joined(separator: "-") != person.surname { fail("surnames") }
            if noise.contains(.movedAddress), record.postcode != population.households[person.householdIndex].previousAddress?.postcode {
                fail("moved")
            }
            if noise.contains(.missingIdentifier), record.nhsNumber != nil && record.agency == .health { fail("nhs") }
            if noise.contains(.missingIdentifier), record.upn != nil && record.agency == .education { fail("upn") }
        }
        #expect(problems.isEmpty, "\(problems.prefix(8))")
    }

    @Test func typosAreOneLetterEdits() {
        for generated in SyntheticFixtures.allRecords {
            let identity = generated.noise.intersection(RecordNoise.identityErrors)
            guard [.letterSubstituted, .letterDeleted, .lettersTransposed].contains(identity) else { continue }
            let person = population.people[generated.truePerson]
            let (truth, recorded) = generated.record.forename != person.forename
                ? (person.forename, generated.record.forename) : (person.surname, generated.record.surname)
            let a = Array(truth), b = Array(recorded)
            switch identity {
            case .letterDeleted:
                #expect(b.count == a.count - 1 && (0..<a.count).contains { var c = a; c.remove(at: $0); return c == b })
            case .letterSubstituted:
                #expect(a.count == b.count && zip(a, b).filter { $0 != $1 }.count == 1)
            default:
                #expect(a.count == b.count && a.sorted() == b.sorted() && zip(a, b).filter { $0 != $1 }.count == 2)
            }
        }
    }
}
