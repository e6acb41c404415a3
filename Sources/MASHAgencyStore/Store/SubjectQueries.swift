import MASHCore
import MASHLinkage
import Synchronization

/// A subject as the stores search for them (their identity and query keys), worked out once and shared:
/// every agency's store searches for every subject of a case, and all but police and social care (which
/// may have the subject's own id) search the same way. A memo of a pure function, so sharing it between
/// stores and threads changes no answer.
///
/// The last few subjects are kept and found by equality, not hashing: the stores of one case are handed
/// the same subject, whose strings compare equal at once by their storage, where hashing reads them all.
final class SubjectQueries: Sendable {
    /// The one every store uses.
    static let shared = SubjectQueries(capacity: 24)

    struct Query: Sendable {
        let identity: PersonIdentity
        let keys: [BlockingKey]
    }

    private struct Entry {
        let subject: Subject
        let agencyPersonId: String?
        let query: Query
    }

    private let capacity: Int
    private let recent = Mutex<(entries: [Entry], next: Int)>(([], 0))

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// How `agency` searches for `subject`.
    func query(for subject: Subject, searchedBy agency: Agency) -> Query {
        let agencyPersonId = PersonIdentity.agencyPersonId(of: subject, for: agency)
        let known = recent.withLock { recent -> Query? in
            // Newest first: the subject was most likely asked for by the store before this one.
            let count = recent.entries.count
            for age in 1...max(count, 1) where count > 0 {
                let entry = recent.entries[(recent.next - age + count) % count]
                if entry.agencyPersonId == agencyPersonId, entry.subject == subject { return entry.query }
            }
            return nil
        }
        if let known { return known }
        let identity = PersonIdentity(subject: subject, searchedBy: agency)
        let query = Query(identity: identity, keys: BlockingKeys.queryKeys(for: identity))
        recent.withLock { recent in
            let entry = Entry(subject: subject, agencyPersonId: agencyPersonId, query: query)
            if recent.entries.count < capacity { recent.entries.append(entry) } else { recent.entries[recent.next] = entry }
            recent.next = (recent.next + 1) % capacity
        }
        return query
    }
}
