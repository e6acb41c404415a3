import Foundation
import GRDB
import Synchronization

/// One load of a store, open read-only: a few connections to the same file, and which file it was
/// (device, inode and modification time), so a newer load renamed over the path can be noticed.
final class StoreGeneration: Sendable {
    let file: FileIdentity
    private let readers: [DatabaseQueue]
    private let next = Atomic<Int>(0)

    /// Opens the file at `path` with `readers` connections.
    init(path: String, readers: Int) throws {
        // Identify the file before opening it: if a load lands in between, the next check sees a change
        // and opens again, so no load is missed.
        guard let file = FileIdentity(path: path) else {
            throw AgencyStoreError(path: path, reason: "no store here: load one with `mash agency load` or `mash synth`")
        }
        self.file = file
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "agency-store"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536")
        }
        do {
            self.readers = try (0..<max(1, readers)).map { _ in try DatabaseQueue(path: path, configuration: configuration) }
        } catch let error as DatabaseError {
            throw AgencyStoreError(path: path, reason: "cannot open the store (\(error.message ?? error.description))")
        }
    }

    /// Runs `body` on one of the connections. No transaction is needed to see one load whole: a load is
    /// written to a new file and renamed over the old one, so the file a connection has open never changes.
    /// (A transaction per query cost as much as the queries themselves.)
    func read<Value>(_ body: (Database) throws -> Value) throws -> Value {
        let index = next.add(1, ordering: .relaxed).oldValue % readers.count
        return try readers[index].inDatabase(body)
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
