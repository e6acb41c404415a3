import MASHCore

/// The facts of a researched case the risk rules read: the referral, the items once each, who is a child,
/// and the date everything is measured back from.
struct CaseFacts {
    let caseFile: CaseFile
    /// The date the referral was received (the partner's contact time): windows count back from it.
    let receivedDate: LocalDate
    /// Each agency record once, even when it is attached to more than one subject.
    let records: [IntelligenceItem]
    /// The ids of the child subjects.
    let childIds: Set<String>
    private let roles: [String: SubjectRole]

    init(_ caseFile: CaseFile) {
        self.caseFile = caseFile
        receivedDate = caseFile.referral.receivedAt.utcDate
        var roles: [String: SubjectRole] = [:]
        for subject in caseFile.referral.subjects where roles[subject.subjectId] == nil {
            roles[subject.subjectId] = subject.role
        }
        self.roles = roles
        childIds = Set(caseFile.referral.subjects.filter { $0.role == .child }.map(\.subjectId))
        // The same record reached through two subjects is one incident, not two.
        var seen = Set<RecordIdentity>()
        records = (caseFile.research?.items ?? []).filter { seen.insert(RecordIdentity($0)).inserted }
    }

    var referral: Referral { caseFile.referral }
    var screening: Screening { caseFile.screening }
    var categories: Set<ConcernCategory> { Set(referral.concern.categories) }

    /// The role of the subject an item is attached to.
    func role(of subjectId: String) -> SubjectRole? { roles[subjectId] }

    /// Records of `kind` dated within `months` months up to the referral.
    func records(_ kind: IntelligenceKind, withinMonths months: Int) -> [IntelligenceItem] {
        records.filter { $0.kind == kind && $0.date.isWithin(months: months, before: receivedDate) }
    }

    /// Records about a child subject.
    func childRecords(_ kind: IntelligenceKind) -> [IntelligenceItem] {
        records.filter { $0.kind == kind && childIds.contains($0.subjectId) }
    }

    /// Whether a plan, placement or case had started by the referral and was open then, or ended within
    /// `months` months before it.
    func isCurrentOrRecent(_ item: IntelligenceItem, endedWithinMonths months: Int) -> Bool {
        guard item.date <= receivedDate else { return false }
        guard let end = item.endDate else { return true }
        return end >= receivedDate || end.isWithin(months: months, before: receivedDate)
    }

    /// Whether the item was open on the day the referral was received.
    func isOpen(_ item: IntelligenceItem) -> Bool {
        item.date <= receivedDate && (item.endDate.map { $0 >= receivedDate } ?? true)
    }
}

/// What makes two items the same agency record: owner, kind, date and what it says.
private struct RecordIdentity: Hashable {
    let owner: Agency
    let kind: IntelligenceKind
    let date: LocalDate
    let summary: String
    let perpetratorId: String?

    init(_ item: IntelligenceItem) {
        owner = item.owner
        kind = item.kind
        date = item.date
        summary = item.summary
        perpetratorId = item.perpetratorId
    }
}
