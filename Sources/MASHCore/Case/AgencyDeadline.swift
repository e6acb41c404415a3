/// When one partner agency's research on a case is due, where the hub's policy gives that agency a
/// deadline of its own.
public struct AgencyDeadline: Sendable, Hashable, Codable {
    /// The agency.
    public var agency: Agency
    /// When its research is due.
    public var dueBy: Timestamp

    /// An agency's deadline.
    public init(agency: Agency, dueBy: Timestamp) {
        self.agency = agency
        self.dueBy = dueBy
    }
}
