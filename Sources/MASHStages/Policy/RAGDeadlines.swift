import MASHCore

/// A deadline per RAG rating; an absent one means that rating has no deadline of its own here.
public struct RAGDeadlines: Codable, Sendable, Hashable {
    /// For a Red case (always counted on the clock, 24/7).
    public var red: Deadline?
    /// For an Amber case.
    public var amber: Deadline?
    /// For a Green case.
    public var green: Deadline?
    /// For a Blue case.
    public var blue: Deadline?

    /// Deadlines per rating; each defaults to absent.
    public init(red: Deadline? = nil, amber: Deadline? = nil, green: Deadline? = nil, blue: Deadline? = nil) {
        self.red = red
        self.amber = amber
        self.green = green
        self.blue = blue
    }

    /// The deadline for `rag`, if one is set.
    public subscript(rag: RAG) -> Deadline? {
        switch rag {
        case .red: red
        case .amber: amber
        case .green: green
        case .blue: blue
        }
    }
}
