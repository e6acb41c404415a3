/// How sure a cross-agency person match is.
public enum MatchStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case match
    case possibleMatch = "possible-match"
}

/// A referral subject matched to a person record in one agency's data, with the evidence.
public struct SubjectLink: Sendable, Hashable, Codable {
    /// The referral subject.
    public var subjectId: String
    /// The agency whose record matched.
    public var agency: Agency
    /// That agency's person record identifier.
    public var recordId: String
    /// Match confidence, 0...1.
    public var confidence: Double
    /// Match or possible match.
    public var status: MatchStatus
    /// What agreed, e.g. "nhs number", "surname fuzzy 0.93", "date of birth transposed".
    public var evidence: [String]

    /// A link.
    public init(subjectId: String, agency: Agency, recordId: String, confidence: Double, status: MatchStatus, evidence: [String]) {
        self.subjectId = subjectId
        self.agency = agency
        self.recordId = recordId
        self.confidence = confidence
        self.status = status
        self.evidence = evidence
    }
}
