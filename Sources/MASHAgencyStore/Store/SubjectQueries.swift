import MASHCore
import MASHLinkage
import Synchronization

/// A subject as the stores search for them (their identity and query keys), and an address as they look
/// up its residents (its key), worked out once and shared: every agency's store searches for every
/// subject of a case, and all but police and social care (which may have the subject's own id) search
/// the same way. A memo of pure functions, so sharing it between stores and threads changes no answer.
///
/// The last few are kept and found by equality, not hashing: the stores of one case are handed the same
/// subject, whose strings compare equal at once by their storage, where hashing reads them all.
final class SubjectQueries: Sendable {
    /// The one every store uses.
    static let shared = SubjectQueries(capacity: 24)

    struct Query: Sendable {
        let identity: PersonIdentity
        let keys: [BlockingKey]
    }

    /// A subject's queries: as every agency without the subject's own id searches, and the few with an id.
    private final class Entry: Sendable {
        let subject: Subject
        let anonymous: Query
        let withIds: Mutex<[(id: String, query: Query)]>

        init(subject: Subject, anonymous: Query) {
            self.subject = subject
            self.anonymous = anonymous
            withIds = Mutex([])
        }

        /// The query of an agency that has the subject under `id`: the anonymous one with that id and its
        /// key, which comes after the national identifiers' keys (`BlockingKeys.queryKeys`' order).
        func query(id: String) -> Query {
            if let known = withIds.withLock({ $0.first { $0.id == id }?.query }) { return known }
            var identity = anonymous.identity
            identity.agencyPersonId = PersonIdentity(names: [], agencyPersonId: id).agencyPersonId
            let query: Query
            if let trimmed = identity.agencyPersonId {
                let national = (identity.nhsNumber == nil ? 0 : 1) + (identity.upn == nil ? 0 : 1)
                var keys = anonymous.keys
                keys.insert(BlockingKey("id:" + trimmed), at: national)
                query = Query(identity: identity, keys: keys)
            } else {
                query = anonymous
            }
            withIds.withLock { $0.append((id, query)) }
            return query
        }
    }

    private final class AddressEntry: Sendable {
        let address: Address
        let key: BlockingKey?

        init(address: Address, key: BlockingKey?) {
            self.address = address
            self.key = key
        }
    }

    private let queries: Recent<Entry>
    private let addresses: Recent<AddressEntry>

    init(capacity: Int) {
        queries = Recent(capacity: capacity)
        addresses = Recent(capacity: capacity)
    }

    /// How `agency` searches for `subject`.
    func query(for subject: Subject, searchedBy agency: Agency) -> Query {
        let entry: Entry
        if let known = queries.first(where: { $0.subject == subject }) {
            entry = known
        } else {
            var identity = PersonIdentity(subject: subject, searchedBy: agency)
            identity.agencyPersonId = nil
            entry = Entry(subject: subject, anonymous: Query(identity: identity, keys: BlockingKeys.queryKeys(for: identity)))
            queries.keep(entry)
        }
        guard let id = PersonIdentity.agencyPersonId(of: subject, for: agency) else { return entry.anonymous }
        return entry.query(id: id)
    }

    /// The key of the residents of `address`: its canonical postcode and first line; nil without both.
    func addressKey(for address: Address) -> BlockingKey? {
        if let known = addresses.first(where: { $0.address == address }) { return known.key }
        let identity = PersonIdentity(names: [], addressLine: address.line1, postcode: address.postcode)
        let key = BlockingKeys.addressKey(postcode: identity.postcode, addressLine: identity.addressLine)
        addresses.keep(AddressEntry(address: address, key: key))
        return key
    }
}

/// The last few values kept, newest first.
private final class Recent<Value: AnyObject & Sendable>: Sendable {
    private let capacity: Int
    private let values = Mutex<(values: [Value], next: Int)>(([], 0))

    init(capacity: Int) {
        self.capacity = capacity
    }

    func first(where matches: (Value) -> Bool) -> Value? {
        values.withLock { recent in
            let count = recent.values.count
            guard count > 0 else { return nil }
            for age in 1...count {
                let value = recent.values[(recent.next - age + count) % count]
                if matches(value) { return value }
            }
            return nil
        }
    }

    func keep(_ value: Value) {
        values.withLock { recent in
            if recent.values.count < capacity { recent.values.append(value) } else { recent.values[recent.next] = value }
            recent.next = (recent.next + 1) % capacity
        }
    }
}
