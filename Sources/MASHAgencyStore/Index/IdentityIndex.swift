import MASHLinkage

/// A load's blocking keys and identities in memory, built when the load is opened: a subject's query keys
/// are looked up here instead of in SQLite, and candidates are rebuilt from packed rows instead of read
/// and parsed from the `identity` table. Derived from the file and never written back; the records stay
/// in SQLite.
final class IdentityIndex: Sendable {
    let blocking: BlockingTable
    /// Address key → persons with an identity there.
    let addresses: BlockingTable
    let identities: IndexedIdentities
    /// Name and line comparisons made so far against these identities, shared by every query.
    let memory: ComparisonMemory
    /// Seconds it took to build from the file.
    let buildSeconds: Double

    init(blocking: BlockingTable, addresses: BlockingTable, identities: IndexedIdentities, buildSeconds: Double) {
        self.blocking = blocking
        self.addresses = addresses
        self.identities = identities
        memory = ComparisonMemory(forms: identities.forms, lines: identities.lines)
        self.buildSeconds = buildSeconds
    }

    /// Offers `selection` every identity filed under `keys`, key by key and in identity id order within a
    /// key (the order the SQLite search offers them in), until it has compared enough.
    func search(_ keys: [BlockingKey], into selection: inout CandidateSelection) {
        // Every key's members are found first, and a key's rows read in one go: loads that do not wait for
        // one another, so the processor waits for their memory together rather than one after another.
        let blocks = keys.map { blocking.members(of: $0.value) }
        var admitted: [UInt32] = [], batch: [IndexedIdentities.Row] = []
        for block in blocks {
            admitted.removeAll(keepingCapacity: true)
            var stop = false
            for position in block {
                guard let admit = selection.admit(Int64(position)) else {
                    stop = true
                    break
                }
                if admit { admitted.append(position) }
            }
            batch.removeAll(keepingCapacity: true)
            for position in admitted { batch.append(identities.rows[Int(position)]) }
            for row in batch {
                selection.score(IndexedCandidate(identities: identities, row: row)) { ($0.personId, $0.row.person, $0.identity) }
            }
            if stop { return }
        }
    }

    /// The persons with an identity at the address with this key.
    func persons(at key: BlockingKey) -> [String] {
        addresses.members(of: key.value).map { identities.persons.id(at: $0) }
    }

    /// The `record` rows of the person with this id, oldest first; none for a person the load does not hold.
    func recordRows(of personId: String) -> ArraySlice<Int64> {
        identities.persons.position(of: personId).map { identities.persons.recordRows(of: $0) } ?? []
    }

    /// The `record` rows of the person at this position, oldest first.
    func recordRows(ofPersonAt position: UInt32) -> ArraySlice<Int64> {
        identities.persons.recordRows(of: position)
    }

    /// What the index holds and what it cost.
    var figures: SearchIndexFigures {
        SearchIndexFigures(
            identities: identities.count, keys: blocking.keyCount, keyedIdentities: blocking.pairCount,
            bytes: blocking.memoryBytes + addresses.memoryBytes + identities.memoryBytes + memory.memoryBytes, buildSeconds: buildSeconds
        )
    }
}

/// The size of a store's search index and how long it took to build.
public struct SearchIndexFigures: Sendable, Hashable {
    /// Identities held.
    public var identities: Int
    /// Distinct blocking keys.
    public var keys: Int
    /// (key, identity) pairs.
    public var keyedIdentities: Int
    /// Memory held, estimated from the tables' capacities.
    public var bytes: Int
    /// Seconds to build it from the file.
    public var buildSeconds: Double
}
