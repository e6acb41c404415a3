import MASHCore

/// A name as matching compares it: the text as given (for evidence) and its normalised tokens.
public struct NameForm: Sendable, Hashable {
    /// The name as recorded, trimmed, for evidence a practitioner reads.
    public let display: String
    /// `NameNormaliser` tokens, e.g. "Smith-Jones" → ["smith", "jones"].
    public let tokens: [String]
    /// The tokens joined by spaces.
    public let joined: String
    /// The sound codes of the first token and of the joined tokens, worked out once.
    let firstSound: String
    let joinedSound: String
    /// The hash of the display text and tokens, worked out once: forms are looked up by value for every
    /// query (a store's interned forms), and hashing the strings each time cost more than the look-up.
    private let textHash: Int

    /// The form of `text`; nil when it has no letters or digits at all.
    public init?(_ text: String) {
        let tokens = NameNormaliser.tokens(text)
        guard !tokens.isEmpty else { return nil }
        self.init(display: text.trimmedOfWhitespace(), tokens: tokens)
    }

    /// A form from tokens already normalised (as a store keeps them).
    public init(display: String, tokens: [String]) {
        self.display = display
        self.tokens = tokens
        self.joined = tokens.joined(separator: " ")
        firstSound = tokens.isEmpty ? "" : PhoneticCode.of(tokens[0])
        joinedSound = tokens.count == 1 ? firstSound : PhoneticCode.of(joined)
        var hasher = Hasher()
        hasher.combine(display)
        hasher.combine(tokens)
        textHash = hasher.finalize()
    }

    /// The first token: the forename proper when a middle name follows.
    public var first: String { tokens[0] }

    // The rest is worked out from the tokens: a form is its display text and tokens, hashed by them alone.
    public static func == (lhs: NameForm, rhs: NameForm) -> Bool {
        lhs.textHash == rhs.textHash && lhs.display == rhs.display && lhs.tokens == rhs.tokens
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(textHash)
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    func trimmedOfWhitespace() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
