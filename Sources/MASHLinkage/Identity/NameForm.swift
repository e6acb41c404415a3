import MASHCore

/// A name as matching compares it: the text as given (for evidence) and its normalised tokens.
///
/// Its values live in one shared, immutable object: a form is copied for every candidate a query is scored
/// against, and a copy then counts one reference instead of one per string.
public struct NameForm: Sendable, Hashable {
    private let storage: Storage

    /// The form of `text`; nil when it has no letters or digits at all.
    public init?(_ text: String) {
        let tokens = NameNormaliser.tokens(text)
        guard !tokens.isEmpty else { return nil }
        self.init(display: text.trimmedOfWhitespace(), tokens: tokens)
    }

    /// A form from tokens already normalised (as a store keeps them).
    public init(display: String, tokens: [String]) {
        storage = Storage(display: display, tokens: tokens)
    }

    /// The name as recorded, trimmed, for evidence a practitioner reads.
    public var display: String { storage.display }
    /// `NameNormaliser` tokens, e.g. "Smith-Jones" → ["smith", "jones"].
    public var tokens: [String] { storage.tokens }
    /// The tokens joined by spaces.
    public var joined: String { storage.joined }
    /// The sound codes of the first token and of the joined tokens, worked out once.
    var firstSound: String { storage.firstSound }
    var joinedSound: String { storage.joinedSound }

    /// The first token: the forename proper when a middle name follows.
    public var first: String { storage.tokens[0] }

    // The rest is worked out from the tokens: a form is its display text and tokens, hashed by them alone.
    public static func == (lhs: NameForm, rhs: NameForm) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.storage.textHash == rhs.storage.textHash && lhs.display == rhs.display && lhs.tokens == rhs.tokens)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.textHash)
    }

    private final class Storage: Sendable {
        let display: String
        let tokens: [String]
        let joined: String
        let firstSound: String
        let joinedSound: String
        /// The hash of the display text and tokens, worked out once: forms are looked up by value for every
        /// query (a store's interned forms), and hashing the strings each time cost more than the look-up.
        let textHash: Int

        init(display: String, tokens: [String]) {
            self.display = display
            self.tokens = tokens
            joined = tokens.joined(separator: " ")
            firstSound = tokens.isEmpty ? "" : PhoneticCode.of(tokens[0])
            joinedSound = tokens.count == 1 ? firstSound : PhoneticCode.of(joined)
            var hasher = Hasher()
            hasher.combine(display)
            hasher.combine(tokens)
            textHash = hasher.finalize()
        }
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    func trimmedOfWhitespace() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
