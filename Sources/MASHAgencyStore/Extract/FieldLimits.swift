import MASHCore

/// The largest each field of an agency record may be, so a runaway or hostile extract cannot fill the
/// stores, the case files or the pages (a real name is under 100 characters, an id under 64).
enum FieldLimits {
    static let name = 100
    static let identifier = 64
    static let summary = 10_000
    static let other = 200

    /// Every field over its limit, named, with its length.
    static func problems(of record: AgencyRecord) -> [String] {
        let fields: [(String, String?, Int)] = [
            ("recordId", record.recordId, identifier), ("personId", record.personId, identifier),
            ("forename", record.forename, name), ("surname", record.surname, name),
            ("nhsNumber", record.nhsNumber, identifier), ("upn", record.upn, identifier),
            ("perpetratorId", record.perpetratorId, identifier), ("caseReference", record.caseReference, identifier),
            ("allocatedWorker", record.allocatedWorker, name), ("addressLine1", record.addressLine1, other),
            ("postcode", record.postcode, identifier), ("summary", record.summary, summary),
        ]
        var problems = fields.compactMap { field, value, limit -> String? in
            guard let count = value?.unicodeScalars.count, count > limit else { return nil }
            return "\(field): \(count) characters is over the limit of \(limit)"
        }
        for associate in record.associateIds ?? [] where associate.unicodeScalars.count > identifier {
            problems.append("associateIds: an id of \(associate.unicodeScalars.count) characters is over the limit of \(identifier)")
        }
        if (record.associateIds?.count ?? 0) > 200 { problems.append("associateIds: \(record.associateIds?.count ?? 0) ids is over the limit of 200") }
        return problems
    }
}
