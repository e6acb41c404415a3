/// What a person does with a held proposal.
public enum SignOffAction: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Issue the proposal as it stands.
    case confirm
    /// Issue another outcome (and optionally level, RAG, additional outcomes and taskings).
    case override
    /// Change the level and RAG, and issue the policy's response to the new level.
    case reRate = "re-rate"

    /// The permission the action needs.
    public var permission: HubPermission { self == .confirm ? .confirmDecision : .changeDecision }

    /// "confirmed", "overrode", "re-rated".
    public var description: String {
        switch self {
        case .confirm: "confirmed"
        case .override: "overrode"
        case .reRate: "re-rated"
        }
    }
}
