/// A subject as a tasked agency sees them: enough to find them, nothing more.
public struct TaskingSubject: Sendable, Hashable, Codable {
    /// The referral's subject id.
    public var subjectId: String
    /// Their role in the case.
    public var role: SubjectRole
    /// Full name as recorded.
    public var name: String
    /// Date of birth, if known.
    public var dateOfBirth: LocalDate?
    /// Postcode, if known.
    public var postcode: String?

    /// A tasking subject.
    public init(subjectId: String, role: SubjectRole, name: String, dateOfBirth: LocalDate? = nil, postcode: String? = nil) {
        self.subjectId = subjectId
        self.role = role
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.postcode = postcode
    }
}
