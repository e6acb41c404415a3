import Foundation
import MASHAgencyStore
import MASHCore

/// Temporary store folders and records for the store tests.
enum StoreFixtures {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mash-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func record(
        _ id: String, agency: Agency = .police, person: String, forename: String, surname: String, birth: String?,
        postcode: String? = "NF1 2AB", line1: String? = "3 Mill Lane", nhs: String? = nil, summary: String = "summary",
        date: String = "2025-06-01"
    ) -> AgencyRecord {
        AgencyRecord(
            recordId: id, agency: agency, personId: person, forename: forename, surname: surname,
            dateOfBirth: birth.flatMap { LocalDate(iso8601: $0) }, sex: nil, addressLine1: line1, postcode: postcode, nhsNumber: nhs,
            kind: .crimeReport, date: LocalDate(iso8601: date)!, summary: summary, factors: [.neglect],
            associateIds: ["X-1", "X-2"], disclosure: .shareable(with: [.socialCare, .health])
        )
    }

    /// The Marsh household as police hold it.
    static let household: [AgencyRecord] = [
        record("R1", person: "P-LEAH", forename: "Leah", surname: "Marsh", birth: "2021-11-03"),
        record("R2", person: "P-KERRY", forename: "Kerry", surname: "Marsh", birth: "1994-06-21", date: "2025-01-01"),
        record("R3", person: "P-KERRY", forename: "Kerry", surname: "Marsh", birth: "1994-06-21", date: "2025-03-01"),
        record("R4", person: "P-DEAN", forename: "Dean", surname: "Holloway", birth: "1990-02-14"),
        record("R5", person: "P-OTHER", forename: "Lena", surname: "Marsh", birth: "2019-04-01", postcode: "NF9 9ZZ", line1: "1 Far Road"),
    ]
}
