/// Category of abuse on a child protection plan (census codes).
public enum AbuseCategory: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case neglect = "NEG"
    case physical = "PHY"
    case sexual = "SAB"
    case emotional = "EMO"
    case multiple = "MUL"

    /// The census wording for the category.
    public var description: String {
        switch self {
        case .neglect: "Neglect"
        case .physical: "Physical abuse"
        case .sexual: "Sexual abuse"
        case .emotional: "Emotional abuse"
        case .multiple: "Multiple categories"
        }
    }
}
