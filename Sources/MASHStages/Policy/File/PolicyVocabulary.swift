import MASHCore

/// A code a policy file writes as one of a fixed set of words, so a wrong one is reported with the set.
protocol PolicyVocabulary {
    /// What a value is called in an error, e.g. "census factor code".
    static var vocabularyName: String { get }
    /// Every value as the file writes it.
    static var vocabulary: [String] { get }
}

extension PolicyVocabulary where Self: RawRepresentable & CaseIterable, RawValue == String {
    static var vocabulary: [String] { allCases.map(\.rawValue) }
}

extension Level: PolicyVocabulary {
    static var vocabularyName: String { "level" }
    static var vocabulary: [String] { allCases.map { String($0.rawValue) } }
}

extension RAG: PolicyVocabulary { static var vocabularyName: String { "RAG rating" } }
extension Agency: PolicyVocabulary { static var vocabularyName: String { "agency" } }
extension CINFactor: PolicyVocabulary { static var vocabularyName: String { "census factor code" } }
extension ConcernCategory: PolicyVocabulary { static var vocabularyName: String { "concern category" } }
extension RiskFlag: PolicyVocabulary { static var vocabularyName: String { "risk flag" } }
extension OutcomeKind: PolicyVocabulary { static var vocabularyName: String { "outcome" } }
extension TaskingAction: PolicyVocabulary { static var vocabularyName: String { "tasking action" } }
extension SubjectRole: PolicyVocabulary { static var vocabularyName: String { "subject role" } }
extension IntelligenceKind: PolicyVocabulary { static var vocabularyName: String { "kind of item" } }
extension DataRegime: PolicyVocabulary { static var vocabularyName: String { "data protection regime" } }
extension HourCounting: PolicyVocabulary { static var vocabularyName: String { "way of counting hours" } }
extension Weekday: PolicyVocabulary { static var vocabularyName: String { "day of the week" } }
