import MASHCore

/// How one agency records people: its identifier formats, which identifiers it holds, and how error-prone its data entry is.
struct AgencyProfile: Sendable {
    let agency: Agency
    /// Prefix of record ids, e.g. "POL-R".
    let recordPrefix: String
    /// Prefix of person ids for children and adults (the same for most agencies).
    let childIdPrefix: String
    let adultIdPrefix: String
    /// Digits after the prefix.
    let idDigits: Int
    /// Share of person ids whose name or date of birth is recorded with an error.
    let identityErrorRate: Double
    /// Share of people who moved whose record keeps the old address.
    let staleAddressRate: Double
    /// Share of people whose NHS number the agency holds.
    let nhsNumberCoverage: Double
    /// Share of pupils whose UPN the agency holds.
    let upnCoverage: Double
    /// Whether lacking an identifier is an error for this agency rather than the norm.
    let expectsNHSNumber: Bool
    let expectsUPN: Bool
    /// Share of people the agency holds twice, under two ids.
    let duplicateRate: Double
    /// Share of records with no sex recorded.
    let missingSexRate: Double
    /// Share of records with no address.
    let missingAddressRate: Double

    static func forAgency(_ agency: Agency) -> AgencyProfile {
        switch agency {
        case .police:
            AgencyProfile(agency: agency, recordPrefix: "POL-R", childIdPrefix: "NFP-P-", adultIdPrefix: "NFP-P-", idDigits: 6,
                          identityErrorRate: 0.15, staleAddressRate: 0.35, nhsNumberCoverage: 0.03, upnCoverage: 0,
                          expectsNHSNumber: false, expectsUPN: false, duplicateRate: 0.03, missingSexRate: 0.01, missingAddressRate: 0.04)
        case .socialCare:
            AgencyProfile(agency: agency, recordPrefix: "CSC-R", childIdPrefix: "NF-C-", adultIdPrefix: "NF-A-", idDigits: 6,
                          identityErrorRate: 0.07, staleAddressRate: 0.2, nhsNumberCoverage: 0.75, upnCoverage: 0,
                          expectsNHSNumber: false, expectsUPN: false, duplicateRate: 0.01, missingSexRate: 0.005, missingAddressRate: 0.01)
        case .health:
            AgencyProfile(agency: agency, recordPrefix: "HLT-R", childIdPrefix: "HN", adultIdPrefix: "HN", idDigits: 7,
                          identityErrorRate: 0.05, staleAddressRate: 0.25, nhsNumberCoverage: 0.97, upnCoverage: 0,
                          expectsNHSNumber: true, expectsUPN: false, duplicateRate: 0.006, missingSexRate: 0.002, missingAddressRate: 0.01)
        case .education:
            AgencyProfile(agency: agency, recordPrefix: "EDU-R", childIdPrefix: "NFE-", adultIdPrefix: "NFE-", idDigits: 6,
                          identityErrorRate: 0.06, staleAddressRate: 0.15, nhsNumberCoverage: 0, upnCoverage: 0.97,
                          expectsNHSNumber: false, expectsUPN: true, duplicateRate: 0.005, missingSexRate: 0.002, missingAddressRate: 0.01)
        case .probation:
            AgencyProfile(agency: agency, recordPrefix: "PRB-R", childIdPrefix: "CRN-X", adultIdPrefix: "CRN-X", idDigits: 6,
                          identityErrorRate: 0.1, staleAddressRate: 0.3, nhsNumberCoverage: 0.1, upnCoverage: 0,
                          expectsNHSNumber: false, expectsUPN: false, duplicateRate: 0.01, missingSexRate: 0.002, missingAddressRate: 0.05)
        case .housing:
            AgencyProfile(agency: agency, recordPrefix: "HSG-R", childIdPrefix: "NFH-T-", adultIdPrefix: "NFH-T-", idDigits: 6,
                          identityErrorRate: 0.13, staleAddressRate: 0.1, nhsNumberCoverage: 0.02, upnCoverage: 0,
                          expectsNHSNumber: false, expectsUPN: false, duplicateRate: 0.015, missingSexRate: 0.03, missingAddressRate: 0)
        case .domesticAbuseService:
            AgencyProfile(agency: agency, recordPrefix: "DAS-R", childIdPrefix: "DAS-C-", adultIdPrefix: "DAS-C-", idDigits: 6,
                          identityErrorRate: 0.12, staleAddressRate: 0.3, nhsNumberCoverage: 0.05, upnCoverage: 0,
                          expectsNHSNumber: false, expectsUPN: false, duplicateRate: 0.01, missingSexRate: 0.01, missingAddressRate: 0.1)
        }
    }
}
