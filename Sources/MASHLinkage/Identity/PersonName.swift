import MASHCore

/// One name a person goes by: forename and surname, either possibly unknown.
public struct PersonName: Sendable, Hashable {
    public var forename: NameForm?
    public var surname: NameForm?

    /// A name from its two parts.
    public init(forename: NameForm?, surname: NameForm?) {
        self.forename = forename
        self.surname = surname
    }

    /// A name from text as given ("" for an unknown part).
    public init(forename: String, surname: String) {
        self.init(forename: NameForm(forename), surname: NameForm(surname))
    }

    /// A full name given as one string, e.g. an alias "Leah Holloway": the last token is the surname.
    public init?(fullName: String) {
        let tokens = NameNormaliser.tokens(fullName)
        guard tokens.count >= 2 else { return nil }
        let words = fullName.split(whereSeparator: \.isWhitespace)
        self.init(
            forename: NameForm(display: words.dropLast().joined(separator: " "), tokens: Array(tokens.dropLast())),
            surname: NameForm(display: String(words.last ?? ""), tokens: [tokens[tokens.count - 1]])
        )
    }

    /// The same name with forename and surname exchanged (as when they were entered the wrong way round).
    public var swapped: PersonName { PersonName(forename: surname, surname: forename) }
}
