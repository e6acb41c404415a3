import GRDBSQLite

/// One prepared statement: bind, then step through the rows reading columns by index (0-based, in the
/// order the SELECT names them), or `execute` it. Used by one thread at a time, with its connection.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let database: OpaquePointer
    private let path: String

    /// Prepares `sql` on the open `database` (the file at `path`, for errors), to be run many times.
    init(_ sql: String, database: OpaquePointer, path: String) throws(AgencyStoreError) {
        var prepared: OpaquePointer?
        guard sqlite3_prepare_v3(database, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil) == SQLITE_OK, let prepared else {
            throw Self.failure(sql, database: database, path: path)
        }
        handle = prepared
        self.database = database
        self.path = path
    }

    deinit { sqlite3_finalize(handle) }

    static func failure(_ what: String, database: OpaquePointer, path: String) -> AgencyStoreError {
        AgencyStoreError(path: path, reason: "statement failed (\(String(cString: sqlite3_errmsg(database)))): \(what.prefix(120))")
    }

    /// Ready to bind and run again.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds parameter `index` (1-based, as SQLite counts them).
    func bind(_ index: Int, _ value: Int64) {
        sqlite3_bind_int64(handle, Int32(index), value)
    }

    /// Binds parameter `index` (1-based) to text, or NULL; SQLite copies the text.
    func bind(_ index: Int, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, Int32(index))
            return
        }
        value.withUTF8 { bytes in
            // SQLITE_TRANSIENT: SQLite copies the bytes before this returns.
            _ = sqlite3_bind_text(handle, Int32(index), bytes.baseAddress, Int32(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }

    /// Binds parameter `index` (1-based) to an integer, or NULL.
    func bind(_ index: Int, _ value: Int?) {
        guard let value else {
            sqlite3_bind_null(handle, Int32(index))
            return
        }
        sqlite3_bind_int64(handle, Int32(index), Int64(value))
    }

    /// Moves to the next row: false when there are no more.
    func step() throws(AgencyStoreError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw Self.failure(String(cString: sqlite3_sql(handle)), database: database, path: path)
        }
    }

    /// Runs a statement that returns no rows with the values bound, then resets it for the next.
    func execute() throws(AgencyStoreError) {
        defer { reset() }
        while try step() {}
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
