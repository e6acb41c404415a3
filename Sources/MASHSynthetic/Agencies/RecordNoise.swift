/// The ways an agency's record of a person differs from the truth, as agencies' systems really do.
public struct RecordNoise: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// One letter of a name replaced ("Jonson").
    public static let letterSubstituted = Self(rawValue: 1 << 0)
    /// One letter of a name left out ("Thomson").
    public static let letterDeleted = Self(rawValue: 1 << 1)
    /// Two neighbouring letters of a name swapped ("Tohmas").
    public static let lettersTransposed = Self(rawValue: 1 << 2)
    /// A short form for the forename ("Bill" for William).
    public static let nickname = Self(rawValue: 1 << 3)
    /// A double-barrelled surname made or half dropped ("Marsh-Holloway" for Marsh, "Marsh" for Marsh-Holloway).
    public static let hyphenatedSurname = Self(rawValue: 1 << 4)
    /// The halves of a double-barrelled surname swapped ("Holloway-Marsh").
    public static let surnamesSwapped = Self(rawValue: 1 << 5)
    /// Forename and surname entered the wrong way round.
    public static let namesSwapped = Self(rawValue: 1 << 6)
    /// Day and month of birth swapped (US-style entry).
    public static let dayMonthSwapped = Self(rawValue: 1 << 7)
    /// One digit of the date of birth wrong.
    public static let dateOfBirthDigitOff = Self(rawValue: 1 << 8)
    /// Only the year of birth known, recorded as 1 January.
    public static let yearOnlyDateOfBirth = Self(rawValue: 1 << 9)
    /// No date of birth.
    public static let missingDateOfBirth = Self(rawValue: 1 << 10)
    /// An old address (the household has moved since, or moved after the record).
    public static let movedAddress = Self(rawValue: 1 << 11)
    /// No NHS number (health, social care) or UPN (education) where the agency normally holds one.
    public static let missingIdentifier = Self(rawValue: 1 << 12)
    /// Recorded under another surname: a step-parent's for a child, a partner's for an adult.
    public static let surnameChanged = Self(rawValue: 1 << 13)
    /// Filed under a second person id the agency holds for the same person (a real duplicate).
    public static let duplicatePersonId = Self(rawValue: 1 << 14)

    /// Every kind with a name for reports, in a fixed order.
    public static let kinds: [(kind: RecordNoise, name: String)] = [
        (.letterSubstituted, "letter-substituted"), (.letterDeleted, "letter-deleted"),
        (.lettersTransposed, "letters-transposed"), (.nickname, "nickname"),
        (.hyphenatedSurname, "hyphenated-surname"), (.surnamesSwapped, "surnames-swapped"),
        (.namesSwapped, "names-swapped"), (.dayMonthSwapped, "day-month-swapped"),
        (.dateOfBirthDigitOff, "date-of-birth-digit-off"), (.yearOnlyDateOfBirth, "year-only-date-of-birth"),
        (.missingDateOfBirth, "missing-date-of-birth"), (.movedAddress, "moved-address"),
        (.missingIdentifier, "missing-identifier"), (.surnameChanged, "surname-changed"),
        (.duplicatePersonId, "duplicate-person-id"),
    ]

    /// The kinds that make the name or date of birth differ from the truth.
    public static let identityErrors: RecordNoise = [
        .letterSubstituted, .letterDeleted, .lettersTransposed, .nickname, .hyphenatedSurname, .surnamesSwapped,
        .namesSwapped, .dayMonthSwapped, .dateOfBirthDigitOff, .yearOnlyDateOfBirth, .missingDateOfBirth, .surnameChanged,
    ]
}
