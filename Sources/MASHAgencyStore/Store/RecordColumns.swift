import MASHCore

/// How an `AgencyRecord` is kept in the `record` table: one column per field; lists as text
/// (factors comma-separated, associate ids separated by U+001F), disclosure as "hub-only" or
/// "shareable:" followed by comma-separated agencies.
enum RecordColumns {
    static let separator = "\u{1F}"

    /// Binds the record to an insert's parameters 1...21, in `record` column order after `seq`.
    static func bind(_ record: AgencyRecord, to insert: SQLiteStatement) {
        let texts: [String?] = [
            record.recordId, record.personId, record.forename, record.surname, record.dateOfBirth?.iso8601,
            record.sex?.rawValue, record.addressLine1, record.postcode, record.nhsNumber, record.upn, record.kind.rawValue,
            record.date.iso8601, record.endDate?.iso8601, record.summary, record.factors.map(\.rawValue).joined(separator: ","),
        ]
        for (index, text) in texts.enumerated() { insert.bind(index + 1, text) }
        insert.bind(16, record.dashYesCount)
        insert.bind(17, record.perpetratorId)
        insert.bind(18, record.associateIds?.joined(separator: separator))
        insert.bind(19, record.caseReference)
        insert.bind(20, record.allocatedWorker)
        insert.bind(21, disclosureText(record.disclosure))
    }

    /// The record in a row selected with `AgencyStoreQueries.recordColumns`, for `agency`.
    static func record(from row: SQLiteStatement, agency: Agency) throws -> AgencyRecord {
        func date(_ index: Int) throws -> LocalDate? {
            guard let value = row.text(index) else { return nil }
            guard let date = LocalDate(iso8601: value) else { throw corrupt("date \"\(value)\"") }
            return date
        }
        func required(_ index: Int, _ what: String) throws -> String {
            guard let value = row.text(index) else { throw corrupt(what) }
            return value
        }
        let recordId = try required(0, "record id")
        guard let kind = IntelligenceKind(rawValue: row.text(10) ?? "") else { throw corrupt("kind of record \(recordId)") }
        guard let when = try date(11) else { throw corrupt("date of record \(recordId)") }
        let factors = try (row.text(14) ?? "").split(separator: ",").map { code in
            guard let factor = CINFactor(rawValue: String(code)) else { throw corrupt("factor \(code) of record \(recordId)") }
            return factor
        }
        return AgencyRecord(
            recordId: recordId, agency: agency, personId: try required(1, "person of record \(recordId)"),
            forename: try required(2, "forename of record \(recordId)"), surname: try required(3, "surname of record \(recordId)"),
            dateOfBirth: try date(4), sex: row.text(5).flatMap(Sex.init(rawValue:)), addressLine1: row.text(6), postcode: row.text(7),
            nhsNumber: row.text(8), upn: row.text(9), kind: kind, date: when, endDate: try date(12),
            summary: try required(13, "summary of record \(recordId)"), factors: factors, dashYesCount: row.integer(15).map { Int($0) },
            perpetratorId: row.text(16),
            associateIds: row.text(17).map { $0.split(separator: Character(separator), omittingEmptySubsequences: false).map(String.init) },
            caseReference: row.text(18), allocatedWorker: row.text(19), disclosure: try disclosure(row.text(20) ?? "", recordId: recordId)
        )
    }

    static func disclosureText(_ disclosure: Disclosure) -> String {
        disclosure.hubOnly ? "hub-only" : "shareable:" + disclosure.shareableWith.map(\.rawValue).joined(separator: ",")
    }

    private static func disclosure(_ text: String, recordId: String) throws -> Disclosure {
        if text == "hub-only" { return .withinHubOnly }
        guard text.hasPrefix("shareable:") else { throw corrupt("disclosure of record \(recordId)") }
        let agencies = try text.dropFirst("shareable:".count).split(separator: ",").map { name in
            guard let agency = Agency(rawValue: String(name)) else { throw corrupt("disclosure agency \(name) of record \(recordId)") }
            return agency
        }
        return .shareable(with: agencies)
    }

    private static func corrupt(_ what: String) -> AgencyStoreError {
        AgencyStoreError(path: nil, reason: "the store holds an unreadable \(what)")
    }
}
