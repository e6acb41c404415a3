import MASHCore

/// When an automatic decision goes to a manager before it stands.
public struct ManagerReviewPolicy: Codable, Sendable, Hashable {
    /// Every decision at or above this level is reviewed.
    public var fromLevel: Level
    /// A referral that screened at or below this RAG...
    public var conflictScreenedAtMost: RAG
    /// ...but was assessed at or above this level on agencies' records is reviewed as a conflict.
    public var conflictAssessedAtLeast: Level
    /// A decision at or above this level made while an agency has not responded is reviewed.
    public var missingResponseFromLevel: Level
    /// A decision whose rationale cites an item matched with less confidence than this is reviewed.
    public var possibleMatchBelow: Double

    /// A manager review policy.
    public init(fromLevel: Level, conflictScreenedAtMost: RAG, conflictAssessedAtLeast: Level,
                missingResponseFromLevel: Level, possibleMatchBelow: Double) {
        self.fromLevel = fromLevel
        self.conflictScreenedAtMost = conflictScreenedAtMost
        self.conflictAssessedAtLeast = conflictAssessedAtLeast
        self.missingResponseFromLevel = missingResponseFromLevel
        self.possibleMatchBelow = possibleMatchBelow
    }
}
