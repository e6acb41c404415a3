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
        var prepared: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil) == SQLITE_OK, let prepared else {
            throw failure(sql)
        }
        let statement = SQLiteStatement(prepared, connection: self)
        statements[sql] = statement
        return statement
    }

    func failure(_ what: String) -> AgencyStoreError {
        AgencyStoreError(path: path, reason: "query failed (\(String(cString: sqlite3_errmsg(handle)))): \(what.prefix(120))")
    }
}

/// One prepared statement of a `SQLiteReadConnection`: bind, then step through the rows reading columns
/// by index (0-based, in the order the SELECT names them).
final class SQLiteStatement {
    private let handle: OpaquePointer
    private unowned let connection: SQLiteReadConnection

    fileprivate init(_ handle: OpaquePointer, connection: SQLiteReadConnection) {
        self.handle = handle
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    fileprivate func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds parameter `index` (1-based, as SQLite counts them).
    func bind(_ index: Int, _ value: Int64) {
        sqlite3_bind_int64(handle, Int32(index), value)
    }

    /// Binds parameter `index` (1-based) to text; SQLite copies it.
    func bind(_ index: Int, _ value: String) {
        var value = value
        value.withUTF8 { bytes in
            // SQLITE_TRANSIENT: SQLite copies the bytes before this returns.
            _ = sqlite3_bind_text(handle, Int32(index), bytes.baseAddress, Int32(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }

    /// Moves to the next row: false when there are no more.
    func step() throws(AgencyStoreError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.failure(String(cString: sqlite3_sql(handle)))
        }
    }

    /// The text in column `index` of the current row, nil for NULL.
    func text(_ index: Int) -> String? {
        let column = Int32(index)
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The integer in column `index`, nil for NULL.
    func integer(_ index: Int) -> Int64? {
        let column = Int32(index)
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
        return sqlite3_column_int64(handle, column)
    }
}
