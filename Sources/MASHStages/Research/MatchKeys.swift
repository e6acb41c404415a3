import MASHCore

/// A subject's fields in the canonical forms exact matching compares.
struct SubjectMatchKeys {
    let nhsNumber: String?
    let upn: String?
    let policeId: String?
    let laChildId: String?
    let surname: String
    let forename: String
    let dateOfBirth: String?
    let postcode: String?

    init(_ subject: Subject) {
        nhsNumber = subject.nhsNumber.flatMap(NHSNumber.init)?.digits
        upn = subject.upn.flatMap(UPN.init)?.value
        policeId = Self.trimmed(subject.policeId)
        laChildId = Self.trimmed(subject.laChildId)
        surname = NameNormaliser.normalise(subject.surname)
        forename = NameNormaliser.normalise(subject.forename)
        dateOfBirth = subject.dateOfBirth.flatMap { $0.isRealDate ? $0.iso8601 : nil }
        postcode = subject.address?.postcode.flatMap(PostcodeNormaliser.normalise)
    }

    /// The name-and-birth index key, when all three are known.
    var nameAndBirthKey: String? {
        guard !surname.isEmpty, !forename.isEmpty, let dateOfBirth else { return nil }
        return "\(surname)|\(forename)|\(dateOfBirth)"
    }

    /// The subject's id in `agency`'s own records, when the referral carries it.
    func agencyPersonId(for agency: Agency) -> String? {
        switch agency {
        case .police: policeId
        case .socialCare: laChildId
        default: nil
        }
    }

    /// How evidence names `agency`'s person id.
    static func personIdName(for agency: Agency) -> String {
        switch agency {
        case .police: "police id"
        case .socialCare: "la child id"
        default: "person id"
        }
    }

    private static func trimmed(_ text: String?) -> String? {
        guard let text = text?.trimmedOfWhitespace(), !text.isEmpty else { return nil }
        return text
    }
}

/// A record's fields in the same canonical forms, computed once when the store is built.
struct IndexedRecordKeys {
    let personId: String
    let nhsNumber: String?
    let upn: String?
    let surname: String
    let forename: String
    let dateOfBirth: String?
    let postcode: String?

    init(_ record: AgencyRecord) {
        personId = record.personId
        nhsNumber = record.nhsNumber.flatMap(NHSNumber.init)?.digits
        upn = record.upn.flatMap(UPN.init)?.value
        surname = NameNormaliser.normalise(record.surname)
        forename = NameNormaliser.normalise(record.forename)
        dateOfBirth = record.dateOfBirth.flatMap { $0.isRealDate ? $0.iso8601 : nil }
        postcode = record.postcode.flatMap(PostcodeNormaliser.normalise)
    }

    var nameAndBirthKey: String? {
        guard !surname.isEmpty, !forename.isEmpty, let dateOfBirth else { return nil }
        return "\(surname)|\(forename)|\(dateOfBirth)"
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    func trimmedOfWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
