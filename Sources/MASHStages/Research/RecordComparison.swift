import MASHCore

/// How one agency record compares with a referral subject, field by field, for exact matching.
struct RecordComparison {
    /// The fields that agreed, in words a practitioner can check.
    var evidence: [String] = []
    /// Whether an identifier (NHS number, UPN, the agency's own person id) agreed.
    var identifierAgreed = false
    /// Whether surname, forename and date of birth all agreed.
    var nameAndBirthAgreed = false
    /// Whether both sides hold an identifier of the same kind and the identifiers differ: then they are
    /// different people, however alike their names.
    var identifiersConflict = false

    init(subject: SubjectMatchKeys, record: IndexedRecordKeys, agency: Agency) {
        if let nhs = subject.nhsNumber, let other = record.nhsNumber {
            if nhs == other { agree("nhs number", identifier: true) } else { identifiersConflict = true }
        }
        if let upn = subject.upn, let other = record.upn {
            if upn == other { agree("upn", identifier: true) } else { identifiersConflict = true }
        }
        if let personId = subject.agencyPersonId(for: agency), personId == record.personId {
            agree(SubjectMatchKeys.personIdName(for: agency), identifier: true)
        }
        let surname = !subject.surname.isEmpty && subject.surname == record.surname
        let forename = !subject.forename.isEmpty && subject.forename == record.forename
        let birth = subject.dateOfBirth != nil && subject.dateOfBirth == record.dateOfBirth
        if surname { agree("surname") }
        if forename { agree("forename") }
        if birth { agree("date of birth") }
        if let postcode = subject.postcode, postcode == record.postcode { agree("postcode") }
        nameAndBirthAgreed = surname && forename && birth
    }

    /// Whether the record is the subject's: an agreeing identifier, or name and birth date with no
    /// conflicting identifier.
    var isMatch: Bool { identifierAgreed || (nameAndBirthAgreed && !identifiersConflict) }

    /// 1.0 for an identifier match, 0.9 for name and date of birth alone.
    var confidence: Double { identifierAgreed ? 1.0 : 0.9 }

    private mutating func agree(_ field: String, identifier: Bool = false) {
        evidence.append(field)
        if identifier { identifierAgreed = true }
    }
}
