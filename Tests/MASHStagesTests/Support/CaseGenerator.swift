import MASHCore
@testable import MASHStages

/// A generated referral and what every agency holds about its household.
struct GeneratedCase {
    let referral: Referral
    let records: [AgencyRecord]

    /// One in-memory store per agency, except those given as down.
    func stores(downAgencies: Set<Agency> = []) -> [any AgencyRecordStore] {
        Agency.allCases.map { agency -> any AgencyRecordStore in
            if downAgencies.contains(agency) { return UnavailableStore(agency: agency) }
            return InMemoryAgencyRecordStore(agency: agency, records: records.filter { $0.agency == agency })
        }
    }

    var socialCareStore: InMemoryAgencyRecordStore {
        InMemoryAgencyRecordStore(agency: .socialCare, records: records.filter { $0.agency == .socialCare })
    }

    /// The record whose summary carries `token`.
    func record(withToken token: String) -> AgencyRecord? { records.first { $0.summary.contains(token) } }

    /// The distinctive token in a record's summary (its last word).
    static func token(of record: AgencyRecord) -> String { String(record.summary.split(separator: " ").last ?? "") }
}

/// Builds random but valid cases from a seed: a household with identifiers that agencies match in
/// different ways, records of every kind with random disclosures, associates named by incidents, and
/// sometimes an open social-care case.
struct CaseGenerator {
    private var random: SeededGenerator
    private let receivedAt = Timestamp(iso8601: "2026-03-01T09:15:00.000Z")!

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    mutating func next(_ index: Int) -> GeneratedCase {
        let received = receivedAt.adding(hours: random.int(0...2000))
        let today = received.utcDate
        var subjects = [subject("S1", .child, age: random.int(0...17), today: today, nhs: random.chance(0.7))]
        subjects.append(subject("S2", .parent, age: random.int(19...50), today: today, nhs: random.chance(0.5)))
        if random.chance(0.6) {
            var perpetrator = subject("S3", .allegedPerpetrator, age: random.int(19...60), today: today, nhs: false)
            perpetrator.policeId = "GP-\(index)-3"
            subjects.append(perpetrator)
        }
        if random.chance(0.3) { subjects.append(subject("S4", .householdMember, age: random.int(10...70), today: today, nhs: false)) }

        var categories = random.subset(ConcernCategory.allCases, probability: 0.08)
        if categories.isEmpty { categories = [random.pick(ConcernCategory.allCases)] }
        let dash = categories.contains(.domesticAbuse) && random.chance(0.7)
            ? DASHChecklist(version: .police27, answers: (0..<27).map { _ in random.chance(0.45) }) : nil
        let consent: Consent = random.pick([.given, .refused(reason: nil), .notSought(reason: "would alert the abuser"),
                                            .overridden(justification: "risk of significant harm")])
        let referral = Referral(
            referralId: "GEN/\(index)", receivedAt: received, source: random.pick(ReferralSource.allCases),
            referrer: Referrer(agency: random.pick(Agency.allCases), name: "Referrer \(index)"),
            concern: Concern(summary: "Generated concern \(index) about the household", categories: categories,
                             dash: dash, urgent: random.chance(0.2) ? true : nil),
            subjects: subjects, consent: consent
        )
        return GeneratedCase(referral: referral, records: records(for: subjects, index: index, today: today))
    }

    private mutating func subject(_ id: String, _ role: SubjectRole, age: Int, today: LocalDate, nhs: Bool) -> Subject {
        let birth = today.subtracting(months: age * 12 + random.int(1...11)).adding(days: -random.int(0...27))
        return Subject(
            subjectId: id, role: role, forename: random.pick(["Ava", "Noah", "Mia", "Leo", "Isla", "Kai", "Zoë", "Ruth"]),
            surname: random.pick(["Marsh", "O'Neill", "Okafor", "Nowak", "Singh", "Brown"]), dateOfBirth: birth,
            address: Address(line1: "\(random.int(1...99)) Orchard Close", postcode: "NF4 7QT"),
            nhsNumber: nhs ? nhsNumber() : nil, relationshipToChild: role == .child ? "self" : role.rawValue
        )
    }

    private mutating func nhsNumber() -> String {
        while true {
            let digits = (0..<9).map { _ in random.int(0...9) }
            guard Set(digits).count > 1, let check = NHSNumber.checkDigit(forFirstNine: digits) else { continue }
            return (digits + [check]).map(String.init).joined()
        }
    }

    private mutating func records(for subjects: [Subject], index: Int, today: LocalDate) -> [AgencyRecord] {
        var records: [AgencyRecord] = []
        var serial = 0
        for subject in subjects {
            for agency in Agency.allCases where random.chance(0.6) {
                let personId = "\(agency.rawValue)-\(index)-\(subject.subjectId)"
                for _ in 0..<random.int(1...4) {
                    serial += 1
                    var record = makeRecord(agency: agency, personId: personId, person: subject, serial: serial, index: index, today: today)
                    if agency == .police, random.chance(0.3) {
                        let associate = "assoc-\(index)-\(serial)"
                        record.associateIds = [associate]
                        serial += 1
                        records.append(associateRecord(personId: associate, serial: serial, index: index, today: today))
                    }
                    records.append(record)
                }
            }
        }
        return records
    }

    private mutating func makeRecord(agency: Agency, personId: String, person: Subject, serial: Int, index: Int,
                                     today: LocalDate) -> AgencyRecord {
        let kind = random.pick(IntelligenceKind.allCases)
        let date = today.adding(days: -random.int(0...700))
        let ended = random.chance(0.5) ? date.adding(days: random.int(1...400)) : nil
        return AgencyRecord(
            recordId: "R\(serial)", agency: agency, personId: agency == .police ? (person.policeId ?? personId) : personId,
            forename: person.forename, surname: person.surname, dateOfBirth: person.dateOfBirth,
            postcode: person.address?.postcode, nhsNumber: agency == .health ? person.nhsNumber : nil,
            kind: kind, date: date, endDate: ended,
            summary: "\(kind.rawValue) note for case \(index) \(random.token())",
            factors: random.subset(CINFactor.allCases, probability: 0.01),
            dashYesCount: kind == .domesticAbuseIncident ? random.int(0...27) : nil,
            perpetratorId: kind == .domesticAbuseIncident && random.chance(0.7) ? "GP-\(index)-3" : nil,
            caseReference: kind == .openCase ? "SC-\(index)-\(serial)" : nil,
            allocatedWorker: kind == .openCase ? "Worker \(serial)" : nil,
            disclosure: disclosure()
        )
    }

    private mutating func associateRecord(personId: String, serial: Int, index: Int, today: LocalDate) -> AgencyRecord {
        AgencyRecord(
            recordId: "R\(serial)", agency: .police, personId: personId, forename: "Associate", surname: "Person\(serial)",
            kind: .crimeReport, date: today.adding(days: -random.int(0...400)),
            summary: "associate crime for case \(index) \(random.token())", disclosure: disclosure()
        )
    }

    private mutating func disclosure() -> Disclosure {
        random.chance(0.35) ? .withinHubOnly : .shareable(with: random.subset(Agency.allCases))
    }
}
