@testable import MASHAgencyStore
import MASHCore
import MASHLinkage
import Testing

/// The shared queries are what each agency's search would work out alone: the same identity and keys in
/// the same order, whether the subject carries the agency's own id or not, and whichever agency asks first.
@Suite struct SubjectQueriesTests {
    private static let subjects: [Subject] = [
        Subject(subjectId: "S1", role: .child, forename: "Mia", surname: "Vance-Okafor", otherNames: ["Mia Okafor"],
                dateOfBirth: LocalDate(iso8601: "2019-05-17"), address: Address(line1: "4 Mill Lane", postcode: "eb1 1aa"),
                nhsNumber: "9434765919", upn: "A123456789012", policeId: "  P-77 ", laChildId: "LA-5"),
        Subject(subjectId: "S2", role: .parent, forename: "Kerry", surname: "Vance", policeId: "   "),
        Subject(subjectId: "S3", role: .householdMember, forename: "Ray", surname: "Harker", dateOfBirth: LocalDate(iso8601: "1985-01-30"),
                laChildId: "LA-9"),
    ]

    @Test(arguments: [Agency.police, .socialCare, .health, .education])
    func aSharedQueryIsTheOneWorkedOutAlone(firstAsking: Agency) {
        let queries = SubjectQueries(capacity: 4)
        for subject in Self.subjects {
            for agency in [firstAsking] + Agency.allCases {
                let identity = PersonIdentity(subject: subject, searchedBy: agency)
                let query = queries.query(for: subject, searchedBy: agency)
                #expect(query.identity == identity, "\(subject.subjectId) for \(agency)")
                #expect(query.keys == BlockingKeys.queryKeys(for: identity), "\(subject.subjectId) for \(agency)")
            }
        }
    }
}
