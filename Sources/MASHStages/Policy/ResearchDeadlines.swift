import MASHCore

/// How long the agencies have to research a case, by its RAG rating, from the time the hub received it;
/// an agency may have deadlines of its own.
public struct ResearchDeadlines: Codable, Sendable, Hashable {
    /// For a Red case; Red always counts clock hours, 24/7.
    public var red: Deadline?
    /// For an Amber case.
    public var amber: Deadline?
    /// For a Green case.
    public var green: Deadline?
    /// For a Blue case; absent when Blue gets no MASH research response.
    public var blue: Deadline?
    /// Agencies' own deadlines, where they differ; a rating an agency does not list takes the hub's.
    public var perAgency: CodeTable<Agency, RAGDeadlines>

    /// Deadlines per RAG; an absent value means no research deadline for that rating.
    public init(red: Deadline?, amber: Deadline?, green: Deadline?, blue: Deadline?,
                perAgency: CodeTable<Agency, RAGDeadlines> = CodeTable([:])) {
        self.red = red
        self.amber = amber
        self.green = green
        self.blue = blue
        self.perAgency = perAgency
    }

    /// The hub's deadline for `rag`, or nil when it has none.
    public func deadline(for rag: RAG) -> Deadline? {
        switch rag {
        case .red: red
        case .amber: amber
        case .green: green
        case .blue: blue
        }
    }

    /// `agency`'s deadline for `rag`: its own if the policy gives it one, else the hub's.
    public func deadline(for rag: RAG, agency: Agency) -> Deadline? {
        perAgency[agency]?[rag] ?? deadline(for: rag)
    }

    /// The longest hub deadline any rating has (used where a rating has none but something must fall due).
    public var longest: Deadline? {
        [red, amber, green, blue].compactMap { $0 }.max { $0.hours < $1.hours }
    }
}
