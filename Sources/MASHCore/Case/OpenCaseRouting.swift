/// The child is already open to an agency: route the contact to the allocated worker.
public struct OpenCaseRouting: Sendable, Hashable, Codable {
    /// The agency holding the open case.
    public var agency: Agency
    /// That agency's case reference.
    public var caseReference: String
    /// The allocated worker, if known.
    public var allocatedWorker: String?

    /// Routing to an open case.
    public init(agency: Agency, caseReference: String, allocatedWorker: String? = nil) {
        self.agency = agency
        self.caseReference = caseReference
        self.allocatedWorker = allocatedWorker
    }
}
