import Foundation
import MASHLinkage
import Synchronization

/// One load of a store, open read-only: a few connections to the same file, which file it was (device,
/// inode and modification time), so a newer load renamed over the path can be noticed, and, when asked
/// for, the load's search index, built before the generation is used.
final class StoreGeneration: Sendable {
    let file: FileIdentity
    /// How subjects are matched against this load.
    let matcher: PersonMatcher
    /// The load's identities in memory; nil when identities are searched in SQLite.
    let index: IdentityIndex?
    private let readers: [Reader]
    private let next = Atomic<Int>(0)

    /// Opens the file at `path` as `configuration` says: its readers, the hub's prior and thresholds under
    /// what the load learned, and whether to build a search index (on the calling thread).
    init(path: String, configuration: AgencyStoreConfiguration) throws {
        // Identify the file before opening it: if a load lands in between, the next check sees a change
        // and opens again, so no load is missed.
        guard let file = FileIdentity(path: path) else {
            throw AgencyStoreError(path: path, reason: "no store here: load one with `mash agency load` or `mash synth`")
        }
        self.file = file
        let readers: [Reader]
        if configuration.searchIndex {
            // The index is built on a connection of its own, which reads the whole load once through a small
            // page cache and is closed after. SQLite then reads only records, by row, on one connection that
            // maps at most `mappedBytes` of the file: mapped pages are read without a system call, and count
            // as the process's (once per connection mapping them), so one connection, and a bound.
            index = try IdentityIndex.load(from: SQLiteReadConnection(path: path, mmapBytes: 0, cacheKibibytes: 8192))
            readers = [Reader(try SQLiteReadConnection(path: path, mmapBytes: configuration.mappedBytes, cacheKibibytes: 8192))]
        } else {
            index = nil
            readers = try (0..<max(1, configuration.readers)).map { _ in
                Reader(try SQLiteReadConnection(path: path, mmapBytes: 1 << 30, cacheKibibytes: 65536))
            }
        }
        self.readers = readers
        let first = readers[0]
        matcher = first.lock.withLock { _ in StoredLinkage.read(from: first.connection) }.matcher(hub: configuration.linkage)
        // Each connection opened the file at the path: if a newer load was renamed over it meanwhile, they
        // may not all have opened the same one. Then this generation is not used (the next check opens again).
        guard FileIdentity(path: path) == file else { throw AgencyStoreError(path: path, reason: Self.replacedWhileOpening) }
    }

    static let replacedWhileOpening = "a newer load replaced the file while it was being opened"

    /// Opens the load at `path`, again if a newer one replaced it while it was being opened.
    static func open(path: String, configuration: AgencyStoreConfiguration) throws -> StoreGeneration {
        for _ in 0..<3 {
            do { return try StoreGeneration(path: path, configuration: configuration) } catch let error as AgencyStoreError where error.reason == replacedWhileOpening {
                continue
            }
        }
        return try StoreGeneration(path: path, configuration: configuration)
    }

    /// Offers `selection` every identity filed under `keys`, key by key, until it has compared enough: from
    /// the index when there is one, otherwise from SQLite.
    func search(_ keys: [BlockingKey], into selection: inout CandidateSelection) throws {
        if let index { return index.search(keys, into: &selection) }
        try read { connection in
            let statement = try connection.statement(AgencyStoreQueries.identitiesByKey)
            for key in keys {
                statement.reset()
                statement.bind(1, key.value)
                while try statement.step() {
                    guard let admitted = selection.admit(statement.integer(0) ?? 0) else { return }
                    guard admitted else { continue }
                    let (personId, identity) = IdentityColumns.identity(from: statement)
                    selection.score(identity) { (personId, nil, $0) }
                }
            }
        }
    }

    /// Runs `body` on a free connection (or, when all are busy, waits for one). No transaction is needed to
    /// see one load whole: a load is written to a new file and renamed over the old one, so the file a
    /// connection has open never changes.
    func read<Value>(_ body: (SQLiteReadConnection) throws -> Value) throws -> Value {
        let first = Int(UInt(bitPattern: next.add(1, ordering: .relaxed).oldValue) % UInt(readers.count))
        for offset in 0..<readers.count {
            let reader = readers[(first + offset) % readers.count]
            if let value = try reader.lock.withLockIfAvailable({ _ in try body(reader.connection) }) { return value }
        }
        let reader = readers[first]
        return try reader.lock.withLock { _ in try body(reader.connection) }
    }

    /// A connection and the lock that gives it to one thread at a time: `connection` is only touched under `lock`.
    private final class Reader: @unchecked Sendable {
        let lock = Mutex(())
        let connection: SQLiteReadConnection
        init(_ connection: SQLiteReadConnection) { self.connection = connection }
    }
}

/// Which file a path names right now: a rename over the path changes the inode, an edit the mtime.
struct FileIdentity: Sendable, Hashable {
    let device: UInt64
    let inode: UInt64
    let modified: Int64
    let modifiedNanoseconds: Int64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        modified = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
    }
}
