/// The fields a model weighs and the levels of each, in a fixed order, with where each level's m and u
/// live in `MatchWeights`. A comparison becomes one level index per field (or none when missing), which
/// is what the weights are learned from.
public enum ComparisonLevels {
    /// One field: its name and its levels' names and places in `MatchWeights`.
    public struct Field: @unchecked Sendable {
        public let name: String
        public let levels: [(name: String, path: WritableKeyPath<MatchWeights, AgreementProbabilities>)]
    }

    /// Marks a field with no level: missing, or an identifier that failed its check.
    public static let none: UInt8 = .max

    public static let fields: [Field] = [
        Field(name: "forename", levels: names(\.forename)),
        Field(name: "surname", levels: names(\.surname)),
        Field(name: "dob", levels: [
            ("exact", \.birthExact), ("day-month-swapped", \.birthSwapped), ("one-digit-off", \.birthOneDigitOff),
            ("year-only", \.birthYearOnly), ("same-year", \.birthSameYear), ("differs", \.birthDiffers),
        ]),
        Field(name: "address", levels: [
            ("same-address", \.sameAddress), ("same-postcode", \.samePostcode), ("same-line", \.sameLine),
            ("same-district", \.sameDistrict), ("differs", \.addressDiffers),
            ("same-postcode-line-alike", \.samePostcodeLineAlike), ("line-alike", \.lineAlike),
        ]),
        Field(name: "town", levels: [("agrees", \.townAgrees), ("differs", \.townDiffers), ("misspelt", \.townMisspelt)]),
        Field(name: "sex", levels: [("agrees", \.sexAgrees), ("differs", \.sexDiffers)]),
        Field(name: "nhs_number", levels: [("agrees", \.nhsNumberAgrees), ("differs", \.nhsNumberDiffers)]),
        Field(name: "upn", levels: [("agrees", \.upnAgrees), ("differs", \.upnDiffers)]),
        Field(name: "id", levels: [("agrees", \.personIdAgrees), ("differs", \.personIdDiffers)]),
        Field(name: "email", levels: [("agrees", \.emailAgrees), ("differs", \.emailDiffers)]),
        Field(name: "phone", levels: [("agrees", \.phoneAgrees), ("differs", \.phoneDiffers)]),
        Field(name: "identifier", levels: [("agrees", \.identifierAgrees), ("differs", \.identifierDiffers)]),
    ]

    private static func names(_ field: WritableKeyPath<MatchWeights, NameWeights>) -> [(name: String, path: WritableKeyPath<MatchWeights, AgreementProbabilities>)] {
        [
            ("exact", field.appending(path: \.exact)), ("nickname", field.appending(path: \.nickname)),
            ("partial", field.appending(path: \.partial)), ("initial", field.appending(path: \.initial)),
            ("typo", field.appending(path: \.typo)), ("similar", field.appending(path: \.similar)),
            ("differs", field.appending(path: \.differs)),
        ]
    }

    /// The level of each field in `comparison`, in `fields` order.
    public static func of(_ comparison: PersonComparison) -> [UInt8] { of(comparison.score) }

    /// The level of each field in `score`, in `fields` order.
    public static func of(_ score: PersonComparison.Score) -> [UInt8] {
        [
            level(score.forename), level(score.surname), birth(score.dateOfBirth), address(score.address),
            score.townMisspelt ? 2 : identifier(score.town), identifier(score.sex), identifier(score.nhsNumber),
            identifier(score.upn), identifier(score.personId), identifier(score.email),
            identifier(score.phone), identifier(score.identifier),
        ]
    }

    /// A name level's index.
    @usableFromInline
    static func level(_ level: NameAgreement) -> UInt8 {
        switch level {
        case .exact: 0
        case .nickname: 1
        case .partial: 2
        case .initial: 3
        case .typo: 4
        case .similar: 5
        case .differs: 6
        case .missing: none
        }
    }

    @usableFromInline
    static func birth(_ level: BirthDateAgreement) -> UInt8 {
        switch level {
        case .exact: 0
        case .dayMonthSwapped: 1
        case .oneDigitOff: 2
        case .yearOnly: 3
        case .sameYear: 4
        case .differs: 5
        case .missing: none
        }
    }

    @usableFromInline
    static func address(_ level: AddressAgreement) -> UInt8 {
        switch level {
        case .sameAddress: 0
        case .samePostcode: 1
        case .sameLine: 2
        case .sameDistrict: 3
        case .differs: 4
        case .samePostcodeLineAlike: 5
        case .lineAlike: 6
        case .missing: none
        }
    }

    @usableFromInline
    static func identifier(_ level: FieldAgreement) -> UInt8 {
        switch level {
        case .agrees: 0
        case .differs: 1
        case .invalid, .missing: none
        }
    }
}
