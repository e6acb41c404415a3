/// A level on the continuum of need, 1 (universal) to 4 (child protection).
public enum Level: Int, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case universal = 1
    case earlyHelp = 2
    case childInNeed = 3
    case childProtection = 4

    /// The colour the level is drawn in: blue, green, amber, red.
    public var rag: RAG {
        switch self {
        case .universal: .blue
        case .earlyHelp: .green
        case .childInNeed: .amber
        case .childProtection: .red
        }
    }

    /// What the level means, e.g. "Level 3: complex needs / child in need (s17)".
    public var description: String {
        switch self {
        case .universal: "Level 1: universal services"
        case .earlyHelp: "Level 2: early help"
        case .childInNeed: "Level 3: complex needs / child in need (s17)"
        case .childProtection: "Level 4: child protection (s47) or looked after"
        }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
}
