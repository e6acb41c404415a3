import MASHCore

/// One agency's answer for a case: the records it holds on each subject, and the household view —
/// records of the associates and alleged perpetrators those records name who are not subjects themselves.
struct StoreSearch {
    let store: any AgencyRecordStore
    let subjects: [Subject]

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
        var matchedPersons = Set(subjects.compactMap { SubjectMatchKeys($0).agencyPersonId(for: agency) })

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
                    confidence: association.confidence, relation: association.relation
                ))
            }
        }
        return (items, links)
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
                    named.append((perpetrator, "alleged perpetrator in incident \(record.recordId)"))
                }
                for associate in record.associateIds ?? [] {
                    named.append((associate, "known associate of \(subject.subjectId)"))
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
