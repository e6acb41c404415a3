/// A person named in a referral: the child, a parent or carer, a household member or another adult.
public struct Subject: Sendable, Hashable, Codable {
    /// Identifier unique within the referral, e.g. "S1".
    public var subjectId: String
    /// How the person stands in the case.
    public var role: SubjectRole
    /// Given name as recorded.
    public var forename: String
    /// Family name as recorded.
    public var surname: String
    /// Aliases, previous names and nicknames.
    public var otherNames: [String]?
    /// Date of birth, if known.
    public var dateOfBirth: LocalDate?
    /// Recorded sex.
    public var sex: Sex?
    /// Current address.
    public var address: Address?
    /// NHS number as given (10 digits, spaces allowed).
    public var nhsNumber: String?
    /// Unique pupil number as given.
    public var upn: String?
    /// Police person identifier.
    public var policeId: String?
    /// Local authority child identifier.
    public var laChildId: String?
    /// How the person relates to the child, e.g. "mother", "mother's partner".
    public var relationshipToChild: String?

    /// A subject; only identifier, role and names are required.
    public init(
        subjectId: String, role: SubjectRole, forename: String, surname: String,
        otherNames: [String]? = nil, dateOfBirth: LocalDate? = nil, sex: Sex? = nil,
        address: Address? = nil, nhsNumber: String? = nil, upn: String? = nil,
        policeId: String? = nil, laChildId: String? = nil, relationshipToChild: String? = nil
    ) {
        self.subjectId = subjectId
        self.role = role
        self.forename = forename
        self.surname = surname
        self.otherNames = otherNames
        self.dateOfBirth = dateOfBirth
        self.sex = sex
        self.address = address
        self.nhsNumber = nhsNumber
        self.upn = upn
        self.policeId = policeId
        self.laChildId = laChildId
        self.relationshipToChild = relationshipToChild
    }

    /// "Forename Surname", trimmed.
    public var fullName: String {
        [forename, surname].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
