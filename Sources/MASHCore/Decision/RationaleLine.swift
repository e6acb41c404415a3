/// One line of recorded reasoning: which rule fired, what it concluded, and the facts it cites.
public struct RationaleLine: Sendable, Hashable, Codable {
    /// The rule's identifier, e.g. "dash.high-risk".
    public var rule: String
    /// The conclusion in words.
    public var text: String
    /// Item ids or referral field paths relied on.
    public var facts: [String]

    /// A rationale line.
    public init(rule: String, text: String, facts: [String] = []) {
        self.rule = rule
        self.text = text
        self.facts = facts
    }
}
