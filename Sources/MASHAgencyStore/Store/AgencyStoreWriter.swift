import Foundation
import GRDB
import MASHCore
import MASHLinkage

/// Writes an agency's store: the whole load goes into a new file beside the store, which is then renamed
/// over it. A rename is atomic, so a reader opens either the old load or the new one, never half of one;
/// readers with the old file open keep reading it until they notice the change (see `SQLiteAgencyRecordStore`).
public enum AgencyStoreWriter {
    /// What a write produced.
    public struct Summary: Sendable, Hashable {
        public var records: Int
        public var persons: Int
        public var identities: Int
        public var blockingKeys: Int
        public var seconds: Double
    }

    /// Replaces `agency`'s store at `url` with `records` (already validated; see `AgencyExtractReader`).
    @discardableResult
    public static func write(_ records: [AgencyRecord], agency: Agency, to url: URL, source: String) throws -> Summary {
        let started = ContinuousClock.now
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let loading = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).loading-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: loading) }
        var summary = Summary(records: records.count, persons: 0, identities: 0, blockingKeys: 0, seconds: 0)
        do {
            var configuration = Configuration()
            configuration.prepareDatabase { db in
                // A file nobody reads until it is renamed into place needs no journal.
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144")
            }
            let queue = try DatabaseQueue(path: loading.path, configuration: configuration)
            try queue.inDatabase { db in
                try db.execute(sql: AgencyStoreSchema.create)
                try db.inTransaction {
                    summary = try insert(records, agency: agency, source: source, into: db, at: loading.path, summary: summary)
                    try db.execute(sql: AgencyStoreSchema.indexes)
                    return .commit
                }
                try db.execute(sql: "ANALYZE")
            }
            try queue.close()
        } catch let error as DatabaseError {
            throw AgencyStoreError(path: url.path, reason: "cannot write the store (\(error.message ?? error.description))")
        }
        guard rename(loading.path, url.path) == 0 else {
            throw AgencyStoreError(path: url.path, reason: "cannot move the new load into place (\(String(cString: strerror(errno))))")
        }
        summary.seconds = (ContinuousClock.now - started).seconds
        return summary
    }

    private static func insert(
        _ records: [AgencyRecord], agency: Agency, source: String, into db: Database, at path: String, summary: Summary
    ) throws -> Summary {
        var summary = summary
        // The bulk inserts bind straight to SQLite: GRDB's arguments box every value.
        guard let connection = db.sqliteConnection else { throw AgencyStoreError(path: path, reason: "the database is closed") }
        let recordInsert = try SQLiteStatement("INSERT INTO record VALUES (NULL, \(marks(21)))", database: connection, path: path)
        let identityInsert = try SQLiteStatement("INSERT INTO identity VALUES (\(marks(15)))", database: connection, path: path)
        var identityIds: [IdentityText: Int64] = [:]
        identityIds.reserveCapacity(records.count)
        var persons = Set<String>(minimumCapacity: records.count)
        var keys: [(Int64, Int64)] = []
        keys.reserveCapacity(records.count * 8)
        var identities: [PersonIdentity] = []
        for record in records {
            RecordColumns.bind(record, to: recordInsert)
            try recordInsert.execute()
            persons.insert(record.personId)
            let text = IdentityText(record)
            guard identityIds[text] == nil else { continue }
            let id = Int64(identityIds.count + 1)
            identityIds[text] = id
            let identity = PersonIdentity(record: record)
            IdentityColumns.bind(id: id, personId: record.personId, identity, forename: record.forename, surname: record.surname, to: identityInsert)
            try identityInsert.execute()
            identities.append(identity)
            for key in BlockingKeys.indexKeys(for: identity) { keys.append((key.value, id)) }
        }
        // In key order, each insert appends to the b-tree rather than splitting pages all over it.
        keys.sort { $0 < $1 }
        let keyInsert = try SQLiteStatement("INSERT OR IGNORE INTO blocking_key VALUES (?, ?)", database: connection, path: path)
        for (key, id) in keys {
            keyInsert.bind(1, key)
            keyInsert.bind(2, id)
            try keyInsert.execute()
        }
        let info = try db.makeStatement(sql: "INSERT INTO store_info VALUES (?, ?)")
        for (name, value) in [
            ("agency", agency.rawValue), ("schema", AgencyStoreSchema.version), ("source", source),
            ("loaded_at", Timestamp.now.iso8601), ("records", String(records.count)),
        ] {
            try info.execute(arguments: [name, value])
        }
        // How research matches against this load: weights learned from its identities, and how common each
        // name, postcode and town is in it.
        for (name, value) in StoredLinkage.learn(from: identities).rows() {
            try info.execute(arguments: [name, value])
        }
        summary.persons = persons.count
        summary.identities = identityIds.count
        summary.blockingKeys = keys.count
        return summary
    }

    private static func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
}

/// The identity fields of a record as given: records that share them share an identity row.
private struct IdentityText: Hashable {
    let personId, forename, surname: String
    let dateOfBirth: LocalDate?
    let sex: Sex?
    let addressLine1, postcode, nhsNumber, upn: String?

    init(_ record: AgencyRecord) {
        personId = record.personId
        forename = record.forename
        surname = record.surname
        dateOfBirth = record.dateOfBirth
        sex = record.sex
        addressLine1 = record.addressLine1
        postcode = record.postcode
        nhsNumber = record.nhsNumber
        upn = record.upn
    }
}
