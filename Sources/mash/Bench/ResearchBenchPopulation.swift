import MASHCore
import MASHSynthetic

/// A large synthetic population for `mash bench research`, made directly (not through extract files):
/// households of a child and two adults at one address, every person held by every agency under the
/// agency's own id, with an NHS number where the agency would hold one and a typing error in some names.
struct ResearchBenchPopulation {
    struct Person {
        let forename: String
        let surname: String
        let dateOfBirth: LocalDate
        let sex: Sex
        let line1: String
        let postcode: String
        let nhsNumber: String
    }

    let people: [Person]

    /// `count` people (rounded up to whole households of three), from `seed`.
    init(count: Int, seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var people: [Person] = []
        people.reserveCapacity(count + 2)
        var nhsSerial = 0
        func nhsNumber() -> String {
            while true {
                nhsSerial += 1
                let nine = 900_000_000 + nhsSerial
                let digits = String(nine).compactMap(\.wholeNumberValue)
                if let check = NHSNumber.checkDigit(forFirstNine: digits) { return String(nine) + String(check) }
            }
        }
        let inward = Array("ABDEFGHJLNPQRSTUWXYZ")
        var household = 0
        while people.count < count {
            let surname = SurnameCatalogue.all[random.below(SurnameCatalogue.all.count)]
            let postcode = "NF\(1 + household / 4000 % 99) \(household / 40 % 10)\(inward[household / 400 % 20])\(inward[household % 20])"
            let line1 = "\(1 + household % 40) \(["Mill Lane", "Orchard Close", "Station Road", "High Street"][household / 20 % 4])"
            for member in 0..<3 {
                let sex: Sex = member == 1 ? .female : member == 2 ? .male : (random.below(2) == 0 ? .female : .male)
                let names = sex == .female ? ForenameCatalogue.female : ForenameCatalogue.male
                let year = member == 0 ? 2008 + random.below(17) : 1965 + random.below(35)
                people.append(Person(
                    forename: names[random.below(names.count)], surname: surname,
                    dateOfBirth: LocalDate(year: year, month: 1 + random.below(12), day: 1 + random.below(28))!,
                    sex: sex, line1: line1, postcode: postcode, nhsNumber: nhsNumber()
                ))
            }
            household += 1
        }
        self.people = people
    }

    /// `agency`'s record of every person: its own id, some names misspelt, an NHS number where it holds them.
    func records(for agency: Agency, seed: UInt64) -> [AgencyRecord] {
        var random = SeededRandom(seed: seed, stream: UInt64(Agency.allCases.firstIndex(of: agency)! + 1))
        let holdsNHS = agency == .health || agency == .socialCare
        return people.enumerated().map { index, person in
            var surname = person.surname
            if random.below(20) == 0, surname.count > 3 {
                var letters = Array(surname)
                letters.swapAt(1, 2)
                surname = String(letters)
            }
            return AgencyRecord(
                recordId: "\(agency.rawValue)-R\(index)", agency: agency, personId: "\(agency.rawValue)-P\(index)",
                forename: person.forename, surname: surname, dateOfBirth: person.dateOfBirth, sex: person.sex,
                addressLine1: person.line1, postcode: person.postcode, nhsNumber: holdsNHS ? person.nhsNumber : nil,
                kind: Self.kind(for: agency), date: LocalDate(year: 2025, month: 1 + index % 12, day: 1 + index % 28)!,
                summary: "Record \(index) held by \(agency.displayName).", disclosure: .shareable(with: [.socialCare])
            )
        }
    }

    private static func kind(for agency: Agency) -> IntelligenceKind {
        switch agency {
        case .police: .crimeReport
        case .socialCare: .previousReferral
        case .health: .gpConcern
        case .education: .schoolAttendance
        case .probation: .probationSupervision
        case .housing: .housingRecord
        case .domesticAbuseService: .domesticAbuseServiceSupport
        }
    }
}
