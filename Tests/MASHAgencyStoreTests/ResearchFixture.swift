import Foundation
import MASHAgencyStore
import MASHCore
import MASHStages
import MASHSynthetic

/// A hub for comparing ways of searching the stores: a few thousand synthetic people in every agency's
/// store, plus hand-made records at the edges of research, and case files naming their subjects.
///
/// The edges, in every agency's store: a block of more people than a search compares (one name, one year
/// of birth), records missing their date of birth, address or forename, identifiers failing their checks,
/// a record naming associates and an alleged perpetrator (present and absent), a household with a lodger
/// and a sibling who are not subjects, a person who moved (two identities), names outside ASCII, and a
/// subject no store holds.
enum ResearchFixture {
    static let received = Timestamp(iso8601: "2026-03-01T09:00:00.000Z")!

    /// Writes every agency's store into `folder` and returns the case files, synthetic ones first.
    static func write(to folder: URL, people: Int = 3000, referrals: Int = 150, seed: UInt64 = 11) throws -> [StageInput] {
        let hub = try SyntheticHub.generateInMemory(configuration: SyntheticHubConfiguration(people: people, referrals: referrals, seed: seed))
        let stores = AgencyStoreFolder(folder)
        for agency in Agency.allCases {
            let records = (hub.extracts[agency] ?? []).map(\.record) + edgeRecords(for: agency)
            try AgencyStoreWriter.write(records, agency: agency, to: stores.storeURL(for: agency), source: "fixture")
        }
        let synthetic = hub.referrals.map(\.referral).map { $0.normalised() }
        return try (synthetic + edgeReferrals).map(caseInput)
    }

    /// The subjects of every case, for searching the stores one by one.
    static func subjects(of inputs: [StageInput]) throws -> [Subject] {
        try inputs.flatMap { try MASHJSON.decode(CaseFile.self, from: Data($0.value)).referral.subjects }
    }

    static func caseInput(_ referral: Referral) throws -> StageInput {
        let caseFile = CaseFile(
            caseId: CaseIdentifiers.caseId(referralId: referral.referralId), referralId: referral.referralId, receivedAt: received,
            subjectKey: referral.subjectKey, referral: referral,
            screening: Screening(rag: .amber, level: .childInNeed, researchDeadline: received.adding(hours: 24), reasons: [],
                                 isReReferral: false, previousReferralCount: 0),
            timestamps: StageTimestamps(received: received, referral: received)
        )
        return StageInput(value: Array(try MASHJSON.encode(caseFile)), ingestedAt: received, now: received)
    }

    /// How many people share the block of "Jo Bloggs" born in 2015: more than a search compares.
    static let blockSize = 540

    static func edgeRecords(for agency: Agency) -> [AgencyRecord] {
        let prefix = "\(agency.rawValue)-EDGE"
        var number = 0
        func record(
            _ person: String, _ forename: String, _ surname: String, born: String?, line: String? = "12 Edge Close",
            postcode: String? = "EB9 9ZZ", nhs: String? = nil, upn: String? = nil, sex: Sex? = nil, date: String = "2025-04-01",
            perpetrator: String? = nil, associates: [String]? = nil
        ) -> AgencyRecord {
            number += 1
            return AgencyRecord(
                recordId: "\(prefix)-R\(number)", agency: agency, personId: "\(prefix)-\(person)", forename: forename, surname: surname,
                dateOfBirth: born.flatMap { LocalDate(iso8601: $0) }, sex: sex, addressLine1: line, postcode: postcode, nhsNumber: nhs,
                upn: upn, kind: .crimeReport, date: LocalDate(iso8601: date)!, summary: "Edge record \(number) of \(person).",
                factors: [.neglect], perpetratorId: perpetrator.map { "\(prefix)-\($0)" },
                associateIds: associates?.map { "\(prefix)-\($0)" }, disclosure: .shareable(with: [.socialCare])
            )
        }
        var records = (0..<blockSize).map { index in
            record("BLOCK\(index)", "Jo", "Bloggs", born: "2015-\(String(format: "%02d", 1 + index % 12))-\(String(format: "%02d", 1 + index % 28))",
                   line: "\(index) Edge Road", postcode: "EB\(index / 60) \(index % 9)AA", date: "2025-0\(1 + index % 9)-01")
        }
        records += [
            record("CHILD", "Mia", "Vance", born: "2019-05-17", sex: .female),
            record("MOTHER", "Kerry", "Vance", born: nil, sex: .female, perpetrator: "PERP", associates: ["PARTNER", "NOBODY", ""]),
            record("MOTHER", "Kerry", "Vance", born: nil, line: "4 Old Street", postcode: "EB8 1AB", date: "2024-02-01"),
            record("PARTNER", "Dale", "Harker", born: "1988-08-08", line: nil, postcode: nil),
            record("PERP", "Ray", "Harker", born: "1985-01-30", line: "9 Far Lane", postcode: "ZZ1 1ZZ", nhs: "1234567890"),
            record("LODGER", "Sam", "Okafor", born: "1979-11-11"),
            record("SIBLING", "Ava", "Vance", born: "2012-03-03", date: "2023-06-06"),
            record("NOFORENAME", "", "Vance", born: "2019-05-17", postcode: "EB9 9ZY"),
            record("NOBIRTH", "Mia", "Vance", born: nil, line: nil, postcode: "EB9 9ZZ"),
            record("BADUPN", "Mia", "Vance", born: "2019-05-71", upn: "X999", sex: .unknown),
            record("ZOE", "Zoë", "Ní Bhriain", born: "2016-02-29", line: "Flat 2, 7 Rue de l'Église", postcode: "75011"),
            record("MOVER", "Tariq", "Hussain", born: "2014-10-10", line: "1 First Street", postcode: "EB1 1AA", date: "2022-01-01"),
            record("MOVER", "Tariq", "Hussain", born: "2014-10-10", line: "2 Second Street", postcode: "EB2 2BB", date: "2025-01-01"),
        ]
        return records
    }

    static var edgeReferrals: [Referral] {
        func referral(_ id: String, _ subjects: [Subject]) -> Referral {
            Referral(
                referralId: "EDGE-\(id)", receivedAt: received, source: .police, referrer: Referrer(agency: .police, name: "PC Edge"),
                concern: Concern(summary: "Edge case \(id).", categories: [.neglect]), subjects: subjects, consent: .given
            )
        }
        let home = Address(line1: "12 Edge Close", postcode: "EB9 9ZZ")
        return [
            referral("HOUSEHOLD", [
                Subject(subjectId: "S1", role: .child, forename: "Mia", surname: "Vance", dateOfBirth: LocalDate(iso8601: "2019-05-17"),
                        sex: .female, address: home, relationshipToChild: "self"),
                Subject(subjectId: "S2", role: .parent, forename: "KERRY", surname: "vance", address: home, relationshipToChild: "mother"),
            ]),
            referral("BLOCK", [
                // Block member 30: beyond the first 25 compared, within the first 500.
                Subject(subjectId: "S1", role: .child, forename: "Jo", surname: "Bloggs", dateOfBirth: LocalDate(iso8601: "2015-07-03"),
                        address: Address(line1: "30 Edge Road", postcode: "EB0 3AA")),
            ]),
            referral("NOBODY", [
                Subject(subjectId: "S1", role: .child, forename: "Xavier", surname: "Quasimodo", dateOfBirth: LocalDate(iso8601: "1950-01-01")),
            ]),
            referral("OUTSIDE-ASCII", [
                Subject(subjectId: "S1", role: .child, forename: "Zoe", surname: "Ni Bhriain", otherNames: ["Zoë Bhriain"],
                        dateOfBirth: LocalDate(iso8601: "2016-02-29"), address: Address(line1: "7 rue de l'eglise", postcode: "75011")),
            ]),
            referral("MOVED", [
                Subject(subjectId: "S1", role: .child, forename: "Hussain", surname: "Tariq", dateOfBirth: LocalDate(iso8601: "2014-10-01"),
                        address: Address(line1: "2 Second St", postcode: "EB2 2BB"), nhsNumber: "1234567890", policeId: "police-EDGE-MOVER",
                        laChildId: "social-care-EDGE-MOVER"),
                Subject(subjectId: "S2", role: .parent, forename: "Ray", surname: "Harker", dateOfBirth: LocalDate(iso8601: "1985-01-30"),
                        address: Address(postcode: "ZZ1 1ZZ")),
            ]),
        ]
    }
}
