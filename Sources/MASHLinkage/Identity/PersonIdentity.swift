import MASHCore

/// A person as matching sees them: names, date of birth, sex, address and identifiers, in the
/// canonical forms comparisons and blocking keys use. Identifiers that fail validation are kept apart
/// (as given) so evidence can say they were ignored.
public struct PersonIdentity: Sendable, Hashable {
    /// The recorded name first, then aliases and previous names.
    public var names: [PersonName]
    /// A real date of birth, if known.
    public var dateOfBirth: LocalDate?
    /// Female or male; "unknown" counts as missing.
    public var sex: Sex?
    /// Canonical UK postcode ("SW1A 1AA"); any other country's postcode as its letters and digits in upper
    /// case ("2119", "75011").
    public var postcode: String?
    /// The first address line's normalised tokens joined, e.g. "14 orchard close".
    public var addressLine: String?
    /// The town or city's normalised tokens joined, e.g. "milton keynes".
    public var town: String?
    /// Ten digits of a valid NHS number.
    public var nhsNumber: String?
    /// An NHS number as given that failed its check: carries no weight.
    public var invalidNHSNumber: String?
    /// A valid UPN.
    public var upn: String?
    /// A UPN as given that failed its check letter: carries no weight.
    public var invalidUPN: String?
    /// The agency's own person id (a record's, or the id a referral quotes for that agency).
    public var agencyPersonId: String?
    /// An email address, trimmed and in lower case.
    public var email: String?
    /// A telephone number's digits, the last ten (so +44 7700 900123 and 07700 900123 agree).
    public var phone: String?
    /// Any other identifier both sides give exactly (a driving licence, a passport, a local id), as given.
    public var identifier: String?

    /// An identity from raw values as an extract or a referral gives them; everything is normalised here.
    public init(
        names: [PersonName], dateOfBirth: LocalDate? = nil, sex: Sex? = nil, addressLine: String? = nil,
        postcode: String? = nil, town: String? = nil, nhsNumber: String? = nil, upn: String? = nil, agencyPersonId: String? = nil
    ) {
        self.names = names.filter { $0.forename != nil || $0.surname != nil }
        self.dateOfBirth = dateOfBirth.flatMap { $0.isRealDate ? $0 : nil }
        self.sex = sex == .unknown ? nil : sex
        self.postcode = postcode.flatMap { PostcodeNormaliser.normalise($0) ?? Self.otherPostcode($0) }
        let line = addressLine.map { NameNormaliser.tokens($0).joined(separator: " ") }
        self.addressLine = line?.isEmpty == false ? line : nil
        let town = town.map { NameNormaliser.tokens($0).joined(separator: " ") }
        self.town = town?.isEmpty == false ? town : nil
        if let text = nhsNumber?.trimmedOfWhitespace(), !text.isEmpty {
            if let valid = NHSNumber(text) { self.nhsNumber = valid.digits } else { invalidNHSNumber = text }
        }
        if let text = upn?.trimmedOfWhitespace(), !text.isEmpty {
            if let valid = UPN(text) { self.upn = valid.value } else { invalidUPN = text }
        }
        let id = agencyPersonId?.trimmedOfWhitespace()
        self.agencyPersonId = id?.isEmpty == false ? id : nil
    }

    /// This identity with contact details and another identifier, normalised.
    public func with(email: String?, phone: String?, identifier: String?) -> PersonIdentity {
        var identity = self
        let mail = email?.trimmedOfWhitespace().lowercased()
        identity.email = mail.flatMap { $0.contains("@") && $0.count >= 3 ? $0 : nil }
        let digits = String(phone?.filter(\.isASCII).filter(\.isNumber).suffix(10) ?? "")
        identity.phone = digits.count >= 7 ? digits : nil
        let other = identifier?.trimmedOfWhitespace()
        identity.identifier = other?.isEmpty == false ? other : nil
        return identity
    }

    /// The recorded name (the first), if any.
    public var primaryName: PersonName? { names.first }

    /// A postcode that is not a UK one: its ASCII letters and digits in upper case, if there are 2 to 12.
    static func otherPostcode(_ text: String) -> String? {
        let kept = text.uppercased().unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        guard (2...12).contains(kept.count) else { return nil }
        return String(String.UnicodeScalarView(kept))
    }
}

extension PersonIdentity {
    /// How an agency record holds its person.
    public init(record: AgencyRecord) {
        self.init(
            names: [PersonName(forename: record.forename, surname: record.surname)], dateOfBirth: record.dateOfBirth,
            sex: record.sex, addressLine: record.addressLine1, postcode: record.postcode, nhsNumber: record.nhsNumber,
            upn: record.upn, agencyPersonId: record.personId
        )
    }

    /// How a referral names a subject, as `agency` would search for them: with the agency's own id for the
    /// subject when the referral quotes one (a police id for police, an LA child id for social care).
    public init(subject: Subject, searchedBy agency: Agency) {
        var names = [PersonName(forename: subject.forename, surname: subject.surname)]
        names += (subject.otherNames ?? []).compactMap { PersonName(fullName: $0) }
        self.init(
            names: names, dateOfBirth: subject.dateOfBirth, sex: subject.sex, addressLine: subject.address?.line1,
            postcode: subject.address?.postcode, nhsNumber: subject.nhsNumber, upn: subject.upn,
            agencyPersonId: Self.agencyPersonId(of: subject, for: agency)
        )
    }

    /// The id a referral quotes for the subject in `agency`'s own records, as given: a police id for police,
    /// an LA child id for social care, none for the others. Two agencies for which it is the same search
    /// for the subject the same way.
    public static func agencyPersonId(of subject: Subject, for agency: Agency) -> String? {
        switch agency {
        case .police: subject.policeId
        case .socialCare: subject.laChildId
        default: nil
        }
    }
}

extension PersonIdentity {
    /// An identity from values already in canonical form (as a store keeps them): nothing is re-validated.
    public static func canonical(
        names: [PersonName], dateOfBirth: LocalDate?, sex: Sex?, postcode: String?, addressLine: String?,
        nhsNumber: String?, invalidNHSNumber: String?, upn: String?, invalidUPN: String?, agencyPersonId: String?
    ) -> PersonIdentity {
        var identity = PersonIdentity(names: names)
        identity.dateOfBirth = dateOfBirth
        identity.sex = sex
        identity.postcode = postcode
        identity.addressLine = addressLine
        identity.nhsNumber = nhsNumber
        identity.invalidNHSNumber = invalidNHSNumber
        identity.upn = upn
        identity.invalidUPN = invalidUPN
        identity.agencyPersonId = agencyPersonId
        return identity
    }
}
