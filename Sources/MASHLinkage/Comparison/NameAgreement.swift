/// How two forenames or two surnames compare, from the strongest agreement to outright difference.
public enum NameAgreement: Sendable, Hashable, CaseIterable {
    /// The same name once normalised ("O'Brien" and "OBRIEN").
    case exact
    /// A short form of the other ("Bill", "William"): forenames only.
    case nickname
    /// One shares a part of the other: a dropped or added half of a double-barrelled surname, halves swapped,
    /// or a middle name used as the forename.
    case partial
    /// One is only the other's initial ("J", "John"): forenames only.
    case initial
    /// Spelled almost the same (Jaro-Winkler 0.92 or more): a typing error.
    case typo
    /// Alike in sound or spelling (same sound code, or Jaro-Winkler 0.85 or more).
    case similar
    /// Different names.
    case differs
    /// One side does not give the name.
    case missing
}

/// The comparisons behind `NameAgreement`.
public enum NameComparison {
    /// Jaro-Winkler similarity from which two spellings count as a typing error.
    public static let typoSimilarity = 0.92
    /// Jaro-Winkler similarity from which two spellings count as alike.
    public static let similarSimilarity = 0.85

    /// Compares two forenames: the first token is the forename proper.
    public static func forenames(_ lhs: NameForm?, _ rhs: NameForm?) -> NameAgreement {
        guard let lhs, let rhs else { return .missing }
        let a = lhs.first, b = rhs.first
        if a == b || lhs.joined == rhs.joined { return .exact }
        if Nicknames.related(a, b) { return .nickname }
        if (a.utf8.count == 1 && b.utf8.first == a.utf8.first) || (b.utf8.count == 1 && a.utf8.first == b.utf8.first) {
            return .initial
        }
        if shareToken(lhs, rhs) { return .partial }
        return spelling(a, b, lhs.firstSound, rhs.firstSound)
    }

    /// Compares two surnames, all tokens together.
    public static func surnames(_ lhs: NameForm?, _ rhs: NameForm?) -> NameAgreement {
        guard let lhs, let rhs else { return .missing }
        if lhs.joined == rhs.joined { return .exact }
        if shareToken(lhs, rhs) { return .partial }
        let spelled = spelling(lhs.joined, rhs.joined, lhs.joinedSound, rhs.joinedSound)
        // "Marsh-Holloway" typed "Marhs-Holloway": a typo in one half still matches the whole.
        return spelled
    }

    private static func shareToken(_ lhs: NameForm, _ rhs: NameForm) -> Bool {
        guard lhs.tokens.count > 1 || rhs.tokens.count > 1 else { return false }
        return lhs.tokens.contains { token in token.utf8.count > 1 && rhs.tokens.contains(token) }
    }

    private static func spelling(_ a: String, _ b: String, _ aSound: String, _ bSound: String) -> NameAgreement {
        let similarity = JaroWinkler.similarity(a, b)
        if similarity >= typoSimilarity { return .typo }
        if similarity >= similarSimilarity || aSound == bSound { return .similar }
        return .differs
    }
}
