import MASHCore

/// How the referral stage rates a referral on first sight.
public struct ScreeningPolicy: Codable, Sendable, Hashable {
    /// The initial level each concern category screens at.
    public var initialLevels: CodeTable<ConcernCategory, Level>
    /// The level of a category the table does not list.
    public var unlistedCategoryLevel: Level
    /// The least level of a referral the referrer marked urgent.
    public var urgentMinimumLevel: Level

    /// A screening policy.
    public init(initialLevels: CodeTable<ConcernCategory, Level>, unlistedCategoryLevel: Level, urgentMinimumLevel: Level) {
        self.initialLevels = initialLevels
        self.unlistedCategoryLevel = unlistedCategoryLevel
        self.urgentMinimumLevel = urgentMinimumLevel
    }

    /// The level `category` screens at.
    public func initialLevel(for category: ConcernCategory) -> Level {
        initialLevels[category] ?? unlistedCategoryLevel
    }
}
