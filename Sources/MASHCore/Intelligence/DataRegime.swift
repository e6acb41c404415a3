/// The data protection regime an item was processed under.
public enum DataRegime: String, Sendable, Hashable, Codable, CaseIterable {
    /// Data Protection Act 2018 Part 3: law enforcement processing (police).
    case dpa2018Part3 = "dpa-2018-part-3"
    /// UK GDPR with DPA 2018 Part 2 (councils, health, schools and others).
    case ukGDPR = "uk-gdpr"
}
