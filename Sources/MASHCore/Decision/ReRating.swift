/// A change of RAG after research, always with its reason.
public struct ReRating: Sendable, Hashable, Codable {
    /// The rating before.
    public var from: RAG
    /// The rating after.
    public var to: RAG
    /// Why it changed.
    public var reason: String

    /// A re-rating.
    public init(from: RAG, to: RAG, reason: String) {
        self.from = from
        self.to = to
        self.reason = reason
    }
}
