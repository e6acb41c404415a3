import MASHCore

/// The response a level on the continuum of need gets.
public struct LevelResponse: Sendable, Hashable {
    /// The primary outcome.
    public var outcome: OutcomeKind
    /// Outcomes that always go with it (e.g. a police investigation beside an s47 strategy discussion).
    public var additionalOutcomes: [OutcomeKind]

    /// A response.
    public init(outcome: OutcomeKind, additionalOutcomes: [OutcomeKind] = []) {
        self.outcome = outcome
        self.additionalOutcomes = additionalOutcomes
    }
}

extension LevelResponse: Codable {
    private enum CodingKeys: String, CodingKey {
        case outcome, additionalOutcomes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.outcome = try container.decode(OutcomeKind.self, forKey: .outcome)
        // A policy file leaves the list out when a level has no further outcomes.
        self.additionalOutcomes = try container.decodeIfPresent([OutcomeKind].self, forKey: .additionalOutcomes) ?? []
    }
}

/// The response per level, 1 to 4.
public struct LevelOutcomes: Codable, Sendable, Hashable {
    /// Level 1, universal services.
    public var level1: LevelResponse
    /// Level 2, early help.
    public var level2: LevelResponse
    /// Level 3, child in need (s17).
    public var level3: LevelResponse
    /// Level 4, child protection (s47) or looked after.
    public var level4: LevelResponse

    /// Responses per level.
    public init(level1: LevelResponse, level2: LevelResponse, level3: LevelResponse, level4: LevelResponse) {
        self.level1 = level1
        self.level2 = level2
        self.level3 = level3
        self.level4 = level4
    }

    /// The response for `level`.
    public subscript(level: Level) -> LevelResponse {
        switch level {
        case .universal: level1
        case .earlyHelp: level2
        case .childInNeed: level3
        case .childProtection: level4
        }
    }
}
