import MASHCore

/// One agency's answer for a case: the records it holds on each subject, and the household view —
/// records of the associates and alleged perpetrators those records name who are not subjects themselves
/// (a child a parent's or carer's records name being a child of the family), and of everyone, adults and
/// children, the agency has at the child's address.
struct StoreSearch {
    let store: any AgencyRecordStore
    let subjects: [Subject]
    /// The day the referral came in: who counts as an adult at the address.
    let receivedDate: LocalDate

    /// Where an associate's records attach: the subject whose record named them, and how.
    private struct Association {
        let subject: Subject
        let relation: String
        let confidence: Double
    }

    /// The items and links; throws whatever the store throws (the caller records "no response").
    func run() throws -> (items: [IntelligenceItem], links: [SubjectLink]) {
        let agency = store.agency
        var items: [IntelligenceItem] = []
        var links: [SubjectLink] = []
        var matchesBySubject: [(Subject, [RecordMatch])] = []
        var matchedPersons = Set(subjects.compactMap { Self.agencyPersonId(of: $0, for: agency) })

        for subject in subjects {
            let matches = try store.candidates(for: subject)
            matchesBySubject.append((subject, matches))
            var linkedPersons = Set<String>()
            for match in matches {
                matchedPersons.insert(match.record.personId)
                items.append(IntelligenceItem(
                    record: match.record, agency: agency, subject: subject, confidence: match.confidence,
                    relation: Self.relation(of: subject)
                ))
                // One link per person: candidates come best match first.
                guard linkedPersons.insert(match.record.personId).inserted else { continue }
                links.append(SubjectLink(
                    subjectId: subject.subjectId, agency: agency, recordId: match.record.personId,
                    confidence: IntelligenceItem.clamped(match.confidence), status: match.status, evidence: match.evidence
                ))
            }
        }

        let associations = associations(named: matchesBySubject, excluding: matchedPersons)
        if !associations.isEmpty {
            let ids = associations.map(\.key).sorted()
            for record in try store.records(personIDs: ids) {
                guard let association = associations[record.personId] else { continue }
                items.append(IntelligenceItem(
                    record: record, agency: agency, subject: association.subject,
                    confidence: association.confidence, relation: familyRelation(of: record, association: association)
                ))
            }
        }
        items += try sameAddressResidents(excluding: matchedPersons.union(associations.keys), room: StageLimits.maximumAssociatesPerCase - associations.count)
        return (items, links)
    }

    /// A child a parent's or carer's record names is a child of the family; anyone else keeps the relation
    /// by which they were named.
    private func familyRelation(of record: AgencyRecord, association: Association) -> String {
        let isChild = record.dateOfBirth.map { $0.age(on: receivedDate) < 18 } ?? false
        guard isChild, [.parent, .carer].contains(association.subject.role),
              association.relation == ItemRelation.knownAssociate(of: association.subject.subjectId) else {
            return association.relation
        }
        return ItemRelation.childOfFamily(namedBy: association.subject.subjectId)
    }

    /// Records of everyone the agency holds at a child subject's address who is neither a subject nor already
    /// named as an associate, attached to that child: adults as "same address", children as "child at the same
    /// address" (a newborn's sibling with an open case must be found). The address agreeing is the link, so
    /// they carry full confidence; an adult is someone whose recorded date of birth makes them 18 or over.
    private func sameAddressResidents(excluding known: Set<String>, room: Int) throws -> [IntelligenceItem] {
        var items: [IntelligenceItem] = []
        var attached = known
        var admittedCount = 0
        for child in subjects where child.role == .child {
            guard let address = child.address, address.postcode != nil, address.line1 != nil else { continue }
            let residents = try store.recordsOfResidents(at: address, excluding: attached)
            let people = Set(residents.map(\.personId))
            let admitted = Set(people.sorted().prefix(max(0, room - admittedCount)))
            admittedCount += admitted.count
            for record in residents where admitted.contains(record.personId) {
                let isChild = record.dateOfBirth.map { $0.age(on: receivedDate) < 18 } ?? false
                items.append(IntelligenceItem(record: record, agency: store.agency, subject: child, confidence: 1,
                                              relation: isChild ? ItemRelation.childAtSameAddress : ItemRelation.sameAddress))
            }
            attached.formUnion(people)
        }
        return items
    }

    /// The subject's id in `agency`'s own records, when the referral carries it.
    private static func agencyPersonId(of subject: Subject, for agency: Agency) -> String? {
        let id: String? = switch agency {
        case .police: subject.policeId
        case .socialCare: subject.laChildId
        default: nil
        }
        guard let id else { return nil }
        let trimmed = String(id.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The people the matched records name who are not subjects, each with the first subject (in referral
    /// order) whose record named them; an alleged perpetrator is named before a known associate.
    private func associations(named matchesBySubject: [(Subject, [RecordMatch])], excluding subjectsPersons: Set<String>) -> [String: Association] {
        var associations: [String: Association] = [:]
        for (subject, matches) in matchesBySubject {
            for match in matches {
                let record = match.record
                var named: [(String, String)] = []
                if let perpetrator = record.perpetratorId {
                    named.append((perpetrator, ItemRelation.allegedPerpetrator(inIncident: record.recordId)))
                }
                for associate in record.associateIds ?? [] {
                    named.append((associate, ItemRelation.knownAssociate(of: subject.subjectId)))
                }
                for (personId, relation) in named
                where !personId.isEmpty && !subjectsPersons.contains(personId) && associations[personId] == nil {
                    guard associations.count < StageLimits.maximumAssociatesPerCase else { return associations }
                    associations[personId] = Association(subject: subject, relation: relation, confidence: match.confidence)
                }
            }
        }
        return associations
    }

    /// The subject's relationship to the child as the referrer gave it ("self" for the child if unstated).
    private static func relation(of subject: Subject) -> String {
        if let relationship = subject.relationshipToChild, !relationship.isEmpty { return relationship }
        return subject.role == .child ? "self" : subject.role.rawValue
    }
}
