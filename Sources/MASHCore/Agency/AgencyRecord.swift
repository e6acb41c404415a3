/// One record an agency holds about a person, as it comes in that agency's extract: the person as the
/// agency knows them (names, date of birth, address and identifiers, with whatever errors the agency's
/// system has) and what the record says.
///
/// Extracts are JSON lines, one record per line, `agencies/<agency>.jsonl` in a stores folder.
public struct AgencyRecord: Sendable, Hashable, Codable {
    /// Unique within the agency's extract.
    public var recordId: String
    /// The agency that holds it.
    public var agency: Agency
    /// The agency's own reference for the person (a police person id, an LA child id, a hospital number...).
    public var personId: String
    public var forename: String
    public var surname: String
    public var dateOfBirth: LocalDate?
    public var sex: Sex?
    /// First line of the address as the agency holds it.
    public var addressLine1: String?
    public var postcode: String?
    public var nhsNumber: String?
    public var upn: String?
    /// What sort of record it is.
    public var kind: IntelligenceKind
    /// When it happened or started.
    public var date: LocalDate
    /// When it ended, for plans, supervision and open cases; absent while still open.
    public var endDate: LocalDate?
    /// What it says, as the agency would tell the hub.
    public var summary: String
    /// Census factors it evidences.
    public var factors: [CINFactor]
    /// The DASH yes count, for domestic-abuse incidents.
    public var dashYesCount: Int?
    /// The agency's person id of the alleged perpetrator, for incidents and crimes.
    public var perpetratorId: String?
    /// The agency's person ids of people linked to this one (household members, known associates).
    public var associateIds: [String]?
    /// Case reference, for open cases, plans and supervision.
    public var caseReference: String?
    /// The allocated worker, for open cases.
    public var allocatedWorker: String?
    /// Where the agency allows it to go outside the hub.
    public var disclosure: Disclosure

    public init(
        recordId: String, agency: Agency, personId: String, forename: String, surname: String,
        dateOfBirth: LocalDate? = nil, sex: Sex? = nil, addressLine1: String? = nil, postcode: String? = nil,
        nhsNumber: String? = nil, upn: String? = nil, kind: IntelligenceKind, date: LocalDate,
        endDate: LocalDate? = nil, summary: String, factors: [CINFactor] = [], dashYesCount: Int? = nil,
        perpetratorId: String? = nil, associateIds: [String]? = nil, caseReference: String? = nil,
        allocatedWorker: String? = nil, disclosure: Disclosure
    ) {
        self.recordId = recordId
        self.agency = agency
        self.personId = personId
        self.forename = forename
        self.surname = surname
        self.dateOfBirth = dateOfBirth
        self.sex = sex
        self.addressLine1 = addressLine1
        self.postcode = postcode
        self.nhsNumber = nhsNumber
        self.upn = upn
        self.kind = kind
        self.date = date
        self.endDate = endDate
        self.summary = summary
        self.factors = factors
        self.dashYesCount = dashYesCount
        self.perpetratorId = perpetratorId
        self.associateIds = associateIds
        self.caseReference = caseReference
        self.allocatedWorker = allocatedWorker
        self.disclosure = disclosure
    }

    /// Whether the record is still open on `date` (no end date, or ending on or after it).
    public func isOpen(on date: LocalDate) -> Bool {
        endDate.map { $0 >= date } ?? true
    }
}
