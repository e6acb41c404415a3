import MASHCore

extension JSONBytes {
    /// Appends an `AgencyRecord` as JSON that decodes with `MASHJSON` to the same value.
    public mutating func append(_ record: AgencyRecord) {
        var first = true
        byte(UInt8(ascii: "{"))
        key("recordId", first: &first); string(record.recordId)
        key("agency", first: &first); string(record.agency.rawValue)
        key("personId", first: &first); string(record.personId)
        key("forename", first: &first); string(record.forename)
        key("surname", first: &first); string(record.surname)
        if let value = record.dateOfBirth { key("dateOfBirth", first: &first); date(value) }
        if let value = record.sex { key("sex", first: &first); string(value.rawValue) }
        if let value = record.addressLine1 { key("addressLine1", first: &first); string(value) }
        if let value = record.postcode { key("postcode", first: &first); string(value) }
        if let value = record.nhsNumber { key("nhsNumber", first: &first); string(value) }
        if let value = record.upn { key("upn", first: &first); string(value) }
        key("kind", first: &first); string(record.kind.rawValue)
        key("date", first: &first); date(record.date)
        if let value = record.endDate { key("endDate", first: &first); date(value) }
        key("summary", first: &first); string(record.summary)
        key("factors", first: &first); rawValues(record.factors)
        if let value = record.dashYesCount { key("dashYesCount", first: &first); int(value) }
        if let value = record.perpetratorId { key("perpetratorId", first: &first); string(value) }
        if let value = record.associateIds { key("associateIds", first: &first); strings(value) }
        if let value = record.caseReference { key("caseReference", first: &first); string(value) }
        if let value = record.allocatedWorker { key("allocatedWorker", first: &first); string(value) }
        key("disclosure", first: &first); append(record.disclosure)
        byte(UInt8(ascii: "}"))
    }

    mutating func append(_ disclosure: Disclosure) {
        raw("{\"hubOnly\":")
        bool(disclosure.hubOnly)
        raw(",\"shareableWith\":")
        rawValues(disclosure.shareableWith)
        byte(UInt8(ascii: "}"))
    }
}
