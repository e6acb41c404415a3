import MASHCore

/// The DASH risk bands by count of "yes" answers, and the level each band sets.
public struct DASHThresholds: Codable, Sendable, Hashable {
    /// The least yes count that is medium risk.
    public var mediumFrom: Int
    /// The least yes count that is high risk (a MARAC referral).
    public var highFrom: Int
    /// The least level a medium-risk DASH sets.
    public var mediumLevel: Level
    /// The least level a high-risk DASH sets.
    public var highLevel: Level

    /// DASH thresholds.
    public init(mediumFrom: Int, highFrom: Int, mediumLevel: Level, highLevel: Level) {
        self.mediumFrom = mediumFrom
        self.highFrom = highFrom
        self.mediumLevel = mediumLevel
        self.highLevel = highLevel
    }

    /// The band a yes count falls in.
    public func band(yesCount: Int) -> DASHRiskLevel {
        if yesCount >= highFrom { return .high }
        if yesCount >= mediumFrom { return .medium }
        return .standard
    }

    /// The least level a yes count sets, or nil for standard risk.
    public func level(yesCount: Int) -> Level? {
        switch band(yesCount: yesCount) {
        case .high: highLevel
        case .medium: mediumLevel
        case .standard: nil
        }
    }
}
