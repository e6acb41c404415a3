/// Recorded sex of a subject.
public enum Sex: String, Sendable, Hashable, Codable, CaseIterable {
    case female
    case male
    case unknown
}
