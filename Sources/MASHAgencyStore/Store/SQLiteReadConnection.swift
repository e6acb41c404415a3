import GRDBSQLite

/// The query path's own SQLite connection: read-only, prepared statements kept by their SQL, columns read
/// straight from SQLite without boxing each value. GRDB builds and checks the stores; a research query
/// runs dozens of small statements, and there GRDB's per-row and per-value allocations cost more than
/// SQLite's own work.
///
/// Not thread-safe: one thread at a time (`StoreGeneration` guards each with a lock).
final class SQLiteReadConnection {
    private let handle: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]
    let path: String

    /// Opens `path` read-only. The file is never written while open (a load renames a new file over it),
    /// so the connection keeps its shared lock instead of taking and checking it for every statement.
    init(path: String, mmapBytes: Int, cacheKibibytes: Int) throws(AgencyStoreError) {
        self.path = path
        var handle: OpaquePointer?
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let handle else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close_v2(handle)
            throw AgencyStoreError(path: path, reason: "cannot open the store (\(reason))")
        }
        self.handle = handle
        try execute("PRAGMA locking_mode = EXCLUSIVE; PRAGMA mmap_size = \(mmapBytes); PRAGMA cache_size = -\(cacheKibibytes)")
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs statements that return nothing the caller needs.
    func execute(_ sql: String) throws(AgencyStoreError) {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw failure(sql) }
    }

    /// The prepared statement for `sql`, reset and unbound, ready for `bind`.
    func statement(_ sql: String) throws(AgencyStoreError) -> SQLiteStatement {
        if let statement = statements[sql] {
            statement.reset()
            return statement
        }
        let statement = try SQLiteStatement(sql, database: handle, path: path)
        statements[sql] = statement
        return statement
    }

    private func failure(_ what: String) -> AgencyStoreError {
        SQLiteStatement.failure(what, database: handle, path: path)
    }
}
