import MASHCore
@testable import MASHStages

/// Agency stores holding what topics/examples says each agency knows about Leah Marsh's household,
/// plus one associate of her mother's that only the household view finds.
enum ExampleStores {
    static let liveInvestigation = "Live investigation: intelligence links Dean Holloway to supply of controlled drugs from a second address."

    static let police = InMemoryAgencyRecordStore(agency: .police, records: [
        AgencyRecord(
            recordId: "DA-2025-11873", agency: .police, personId: "NFP-P-60231", forename: "Kerry", surname: "Marsh",
            dateOfBirth: Fixtures.date("1994-06-21"), postcode: "NF4 7QT", kind: .domesticAbuseIncident,
            date: Fixtures.date("2025-12-14"),
            summary: "Verbal argument reported by neighbour; Kerry Marsh declined to support action. DASH 11 (medium).",
            factors: [.domesticViolenceParentOrCarer], dashYesCount: 11, perpetratorId: "NFP-P-77120",
            associateIds: ["NFP-P-80001"], disclosure: .shareable(with: [.socialCare, .health])
        ),
        AgencyRecord(
            recordId: "INT-55102", agency: .police, personId: "NFP-P-77120", forename: "Dean", surname: "Holloway",
            dateOfBirth: Fixtures.date("1990-02-14"), kind: .policeIntelligence, date: Fixtures.date("2026-02-10"),
            summary: liveInvestigation, disclosure: .withinHubOnly
        ),
        AgencyRecord(
            recordId: "CR-2025-0912", agency: .police, personId: "NFP-P-80001", forename: "Lee", surname: "Marsh",
            dateOfBirth: Fixtures.date("1997-03-30"), kind: .crimeReport, date: Fixtures.date("2025-08-19"),
            summary: "Lee Marsh arrested for possession with intent to supply.", disclosure: .shareable(with: [.socialCare])
        ),
    ])

    static let socialCare = InMemoryAgencyRecordStore(agency: .socialCare, records: [
        AgencyRecord(
            recordId: "REF-2025-04417", agency: .socialCare, personId: "NF-C-208817", forename: "Leah", surname: "Marsh",
            dateOfBirth: Fixtures.date("2021-11-03"), kind: .previousReferral, date: Fixtures.date("2025-09-02"),
            endDate: Fixtures.date("2025-10-15"),
            summary: "Referral from nursery about Leah arriving hungry and in unwashed clothes; closed with early help offer declined.",
            factors: [.neglect], disclosure: .shareable(with: [.police, .health])
        ),
    ])

    static let health = InMemoryAgencyRecordStore(agency: .health, records: [
        AgencyRecord(
            recordId: "HV-88310", agency: .health, personId: "PDS-9990000123", forename: "Leah", surname: "Marsh",
            dateOfBirth: Fixtures.date("2021-11-03"), nhsNumber: "999 000 0123", kind: .healthVisitorConcern,
            date: Fixtures.date("2026-01-20"),
            summary: "Two of the last three health visitor contacts missed; speech delay noted at the 3-year review.",
            disclosure: .shareable(with: [.socialCare])
        ),
        AgencyRecord(
            recordId: "GP-31207", agency: .health, personId: "PDS-9991000232", forename: "Kerry", surname: "Marsh",
            dateOfBirth: Fixtures.date("1994-06-21"), nhsNumber: "9991000232", kind: .gpConcern, date: Fixtures.date("2026-02-03"),
            summary: "Kerry Marsh disclosed low mood and not sleeping; started on antidepressants, review booked.",
            factors: [.mentalHealthParentOrCarer], disclosure: .shareable(with: [.socialCare])
        ),
    ])

    /// Education knows another child of the same surname, who must not match.
    static let education = InMemoryAgencyRecordStore(agency: .education, records: [
        AgencyRecord(
            recordId: "ATT-1", agency: .education, personId: "UPN-OTHER", forename: "Lena", surname: "Marsh",
            dateOfBirth: Fixtures.date("2019-04-01"), kind: .schoolAttendance, date: Fixtures.date("2026-01-05"),
            summary: "Attendance 92%", disclosure: .shareable(with: [.socialCare])
        ),
    ])

    /// Every agency the example queries, the domestic-abuse service's system being down.
    static let all: [any AgencyRecordStore] = [
        police, socialCare, health, education, UnavailableStore(agency: .domesticAbuseService),
    ]
}
