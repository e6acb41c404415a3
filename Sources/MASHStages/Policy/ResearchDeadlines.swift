import MASHCore

/// How long the agencies have to research a case, by its RAG rating, in hours from the time received.
public struct ResearchDeadlines: Codable, Sendable, Hashable {
    /// Hours for a Red case.
    public var redHours: Int?
    /// Hours for an Amber case.
    public var amberHours: Int?
    /// Hours for a Green case.
    public var greenHours: Int?
    /// Hours for a Blue case; absent when Blue gets no MASH research response.
    public var blueHours: Int?
    /// Whether Red runs round the clock. Working-hours calendars come later: for now every deadline
    /// counts clock hours, so this is recorded but does not yet change a deadline.
    public var redIs24x7: Bool

    /// Deadlines per RAG; an absent value means no research deadline for that rating.
    public init(redHours: Int?, amberHours: Int?, greenHours: Int?, blueHours: Int?, redIs24x7: Bool) {
        self.redHours = redHours
        self.amberHours = amberHours
        self.greenHours = greenHours
        self.blueHours = blueHours
        self.redIs24x7 = redIs24x7
    }

    /// The hours allowed for `rag`, or nil when it has no research deadline.
    public func hours(for rag: RAG) -> Int? {
        switch rag {
        case .red: redHours
        case .amber: amberHours
        case .green: greenHours
        case .blue: blueHours
        }
    }

    /// The longest deadline any rating has (used where a rating has none but something must fall due).
    public var longestHours: Int {
        [redHours, amberHours, greenHours, blueHours].compactMap { $0 }.max() ?? 0
    }
}
