import MASHCore

extension JSONBytes {
    /// Appends a `Referral` as JSON that decodes with `MASHJSON` to the same value.
    public mutating func append(_ referral: Referral) {
        var first = true
        byte(UInt8(ascii: "{"))
        key("schema", first: &first); string(referral.schema)
        key("referralId", first: &first); string(referral.referralId)
        key("receivedAt", first: &first); string(referral.receivedAt.iso8601)
        key("source", first: &first); string(referral.source.rawValue)
        key("referrer", first: &first); append(referral.referrer)
        key("concern", first: &first); append(referral.concern)
        key("subjects", first: &first)
        byte(UInt8(ascii: "["))
        for (index, subject) in referral.subjects.enumerated() {
            if index > 0 { byte(UInt8(ascii: ",")) }
            append(subject)
        }
        byte(UInt8(ascii: "]"))
        key("consent", first: &first)
        raw("{\"status\":")
        string(referral.consent.status.rawValue)
        if let reason = referral.consent.reason {
            raw(",\"reason\":")
            string(reason)
        }
        byte(UInt8(ascii: "}"))
        byte(UInt8(ascii: "}"))
    }

    mutating func append(_ referrer: Referrer) {
        var first = true
        byte(UInt8(ascii: "{"))
        if let value = referrer.agency { key("agency", first: &first); string(value.rawValue) }
        key("name", first: &first); string(referrer.name)
        if let value = referrer.role { key("role", first: &first); string(value) }
        if let value = referrer.organisation { key("organisation", first: &first); string(value) }
        if let value = referrer.contact { key("contact", first: &first); string(value) }
        byte(UInt8(ascii: "}"))
    }

    mutating func append(_ concern: Concern) {
        var first = true
        byte(UInt8(ascii: "{"))
        key("summary", first: &first); string(concern.summary)
        key("categories", first: &first); rawValues(concern.categories)
        if let dash = concern.dash {
            key("dash", first: &first)
            raw("{\"version\":")
            string(dash.version.rawValue)
            raw(",\"answers\":[")
            for (index, answer) in dash.answers.enumerated() {
                if index > 0 { byte(UInt8(ascii: ",")) }
                bool(answer)
            }
            raw("]}")
        }
        if let value = concern.urgent { key("urgent", first: &first); bool(value) }
        byte(UInt8(ascii: "}"))
    }

    mutating func append(_ subject: Subject) {
        var first = true
        byte(UInt8(ascii: "{"))
        key("subjectId", first: &first); string(subject.subjectId)
        key("role", first: &first); string(subject.role.rawValue)
        key("forename", first: &first); string(subject.forename)
        key("surname", first: &first); string(subject.surname)
        if let value = subject.otherNames { key("otherNames", first: &first); strings(value) }
        if let value = subject.dateOfBirth { key("dateOfBirth", first: &first); date(value) }
        if let value = subject.sex { key("sex", first: &first); string(value.rawValue) }
        if let value = subject.address { key("address", first: &first); append(value) }
        if let value = subject.nhsNumber { key("nhsNumber", first: &first); string(value) }
        if let value = subject.upn { key("upn", first: &first); string(value) }
        if let value = subject.policeId { key("policeId", first: &first); string(value) }
        if let value = subject.laChildId { key("laChildId", first: &first); string(value) }
        if let value = subject.relationshipToChild { key("relationshipToChild", first: &first); string(value) }
        byte(UInt8(ascii: "}"))
    }

    mutating func append(_ address: Address) {
        var first = true
        byte(UInt8(ascii: "{"))
        if let value = address.line1 { key("line1", first: &first); string(value) }
        if let value = address.line2 { key("line2", first: &first); string(value) }
        if let value = address.town { key("town", first: &first); string(value) }
        if let value = address.postcode { key("postcode", first: &first); string(value) }
        byte(UInt8(ascii: "}"))
    }
}
