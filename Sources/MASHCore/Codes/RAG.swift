/// The (B)RAG rating that sets how fast the hub must act.
public enum RAG: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case blue
    case green
    case amber
    case red

    /// The continuum-of-need level the colour stands for.
    public var level: Level {
        switch self {
        case .blue: .universal
        case .green: .earlyHelp
        case .amber: .childInNeed
        case .red: .childProtection
        }
    }

    public var description: String {
        switch self {
        case .blue: "Blue"
        case .green: "Green"
        case .amber: "Amber"
        case .red: "Red"
        }
    }

    /// Ordered by urgency: blue < green < amber < red.
    public static func < (lhs: RAG, rhs: RAG) -> Bool { lhs.level < rhs.level }
}
