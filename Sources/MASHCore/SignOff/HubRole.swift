/// What a person does in the hub, which decides what the workspace and the decision worker let them do.
public enum HubRole: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Runs the hub: signs off, resolves escalations.
    case hubManager = "hub-manager"
    /// The social care team manager who makes the hub's decisions.
    case socialCareManager = "social-care-manager"
    /// The MASH sergeant: decides what police information leaves the hub.
    case policeSergeant = "police-sergeant"
    /// An agency's researcher: reads cases, records disagreement.
    case agencyResearcher = "agency-researcher"
    /// Reads everything, changes nothing.
    case auditor

    /// "Hub manager", "Social care manager", ...
    public var description: String {
        switch self {
        case .hubManager: "Hub manager"
        case .socialCareManager: "Social care manager"
        case .policeSergeant: "Police sergeant"
        case .agencyResearcher: "Agency researcher"
        case .auditor: "Auditor"
        }
    }

    /// Whether this role may do `permission`. The one table both the workspace and the decision worker consult.
    public func may(_ permission: HubPermission) -> Bool {
        switch permission {
        case .viewCases: true
        case .confirmDecision: [.hubManager, .socialCareManager, .policeSergeant].contains(self)
        case .changeDecision: [.hubManager, .socialCareManager].contains(self)
        case .escalate: self != .auditor
        case .resolveEscalation: self == .hubManager
        }
    }
}

/// Something a person may or may not do in the hub.
public enum HubPermission: String, Sendable, Hashable, CaseIterable {
    /// Read cases, the queue and the audit trail.
    case viewCases = "view cases"
    /// Confirm a held proposal as it stands.
    case confirmDecision = "confirm a proposed decision"
    /// Override or re-rate a held proposal.
    case changeDecision = "override or re-rate a proposed decision"
    /// Record disagreement with a proposal or a decision.
    case escalate = "escalate a case"
    /// Record how an escalation was resolved.
    case resolveEscalation = "resolve an escalation"
}
