/// A professional's judgement of the level a case is at, with the reason: it may raise the level the
/// rules give, never lower it.
public struct ProfessionalJudgement: Sendable, Hashable, Codable {
    /// The level the professional judges the case to be at.
    public var level: Level
    /// Why, in the professional's words.
    public var reason: String
    /// Whether the professional judges the case to meet the MARAC threshold (SafeLives: professional
    /// judgement is a MARAC criterion of its own, whatever the DASH count).
    public var maracReferral: Bool?

    /// A judgement.
    public init(level: Level, reason: String, maracReferral: Bool? = nil) {
        self.level = level
        self.reason = reason
        self.maracReferral = maracReferral
    }
}
