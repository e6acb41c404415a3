extension Referral {
    /// The copy of the referral the pipeline carries: identifiers in canonical form, names tidied.
    ///
    /// A valid NHS number becomes its ten digits, a valid UPN upper case, a plausible postcode
    /// "SW1A 1AA" form; names and the referrer's name are trimmed with inner whitespace collapsed
    /// (case and accents are kept for display: matching uses `NameNormaliser`). Anything that does
    /// not validate is left exactly as sent, so `validate()` still reports it.
    public func normalised() -> Referral {
        var copy = self
        copy.referrer.name = Self.tidy(referrer.name)
        copy.subjects = subjects.map(Self.normalised)
        return copy
    }

    private static func normalised(_ subject: Subject) -> Subject {
        var copy = subject
        copy.forename = tidy(subject.forename)
        copy.surname = tidy(subject.surname)
        copy.otherNames = subject.otherNames?.map(tidy)
        if let text = subject.nhsNumber, let number = NHSNumber(text) { copy.nhsNumber = number.digits }
        if let text = subject.upn, let upn = UPN(text) { copy.upn = upn.value }
        if let text = subject.address?.postcode, let postcode = PostcodeNormaliser.normalise(text) {
            copy.address?.postcode = postcode
        }
        return copy
    }

    /// Trims and collapses runs of whitespace to one space.
    static func tidy(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
