import Foundation
import GRDB
import MASHCore
import MASHKafka
import Metrics

/// The workspace's read model of the case record: every message of the case topics it has read (a replay
/// kept once, by idempotency key), a summary per case for the queue, and how far it has read each
/// partition — all in one SQLite file, written in one transaction per batch. Kafka stays the source of
/// truth: deleting the file and reading the topics from the beginning builds the same model.
public final class CaseStore: Sendable {
    private let database: DatabasePool
    /// `mash_replays_dropped_total{reader="workspace"}`: messages read again (by idempotency key) and kept once.
    private let replays = Counter(label: "mash_replays_dropped_total", dimensions: [("reader", "workspace")])

    /// Opens (or creates) the read model at `path`.
    public init(path: String) throws {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        database = try DatabasePool(path: path)
        try Self.migrator.migrate(database)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE messages (
                    id TEXT PRIMARY KEY, topic TEXT NOT NULL, caseId TEXT NOT NULL, at INTEGER NOT NULL,
                    partition INTEGER NOT NULL, offset INTEGER NOT NULL, value BLOB NOT NULL);
                CREATE INDEX messagesByCase ON messages(caseId, topic, offset);
                CREATE TABLE cases (
                    caseId TEXT PRIMARY KEY, status TEXT NOT NULL, escalated INTEGER NOT NULL, ragRank INTEGER NOT NULL,
                    dueBy INTEGER, receivedAt INTEGER NOT NULL, summary BLOB NOT NULL);
                CREATE INDEX casesByQueue ON cases(status, escalated, ragRank, dueBy);
                CREATE TABLE positions (topic TEXT NOT NULL, partition INTEGER NOT NULL, nextOffset INTEGER NOT NULL,
                    PRIMARY KEY (topic, partition));
                """)
        }
        return migrator
    }

    /// Takes in a batch read from the topics: keeps each new message, moves each partition's position on,
    /// and recomputes the summary of every case the batch touched.
    public func apply(_ batch: [ConsumedMessage]) throws {
        guard !batch.isEmpty else { return }
        try database.write { db in
            var touched = Set<String>()
            for message in batch {
                try db.execute(
                    sql: "INSERT INTO positions (topic, partition, nextOffset) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET nextOffset = max(nextOffset, excluded.nextOffset)",
                    arguments: [message.topic, message.partition, message.offset + 1]
                )
                guard let kept = HubMessage(
                    topic: message.topic, offset: message.offset, idempotencyKey: message.header(IdempotencyKey.header)?.stringValue,
                    position: "\(message.topic)[\(message.partition)]@\(message.offset)", value: message.value
                ) else { continue }
                try db.execute(
                    sql: "INSERT OR IGNORE INTO messages (id, topic, caseId, at, partition, offset, value) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [kept.id, kept.topic.rawValue, kept.caseId, kept.at.millisecondsSince1970, message.partition, message.offset, Data(kept.value)]
                )
                if db.changesCount == 0 { replays.increment() }
                touched.insert(kept.caseId)
            }
            for caseId in touched {
                guard let summary = CaseSummary(try Self.record(caseId, in: db)) else { continue }
                try db.execute(
                    sql: "INSERT OR REPLACE INTO cases (caseId, status, escalated, ragRank, dueBy, receivedAt, summary) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [caseId, summary.status.rawValue, summary.escalated, summary.rag.map { RAG.allCases.firstIndex(of: $0) ?? 0 } ?? 0,
                                summary.dueBy?.millisecondsSince1970, summary.receivedAt.millisecondsSince1970, Data(try MASHJSON.encodeBytes(summary))]
                )
            }
        }
    }

    /// Every message kept from `since` (milliseconds since 1970, the case's time) on, oldest first.
    public func forEachMessage(since: Int64, _ body: (String, [UInt8]) -> Void) throws {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT topic, value FROM messages WHERE at >= ? ORDER BY at", arguments: [since])
            while let row = try rows.next() { body(row["topic"], Array(row["value"] as Data)) }
        }
    }

    /// The next offset to read in each partition the store has read from.
    public func positions() throws -> [TopicPartition: Int64] {
        try database.read { db in
            var positions: [TopicPartition: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT topic, partition, nextOffset FROM positions") {
                positions[TopicPartition(topic: row["topic"], partition: row["partition"])] = row["nextOffset"]
            }
            return positions
        }
    }

    /// The queue: awaiting sign-off first, then escalated, then the most urgent RAG, then the nearest deadline.
    public func queue(status: CaseStatus? = nil, escalatedOnly: Bool = false, limit: Int = 500) throws -> [CaseSummary] {
        try database.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let status {
                conditions.append("status = ?")
                arguments += [status.rawValue]
            }
            if escalatedOnly { conditions.append("escalated = 1") }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments += [limit]
            let rows = try Data.fetchAll(db, sql: """
                SELECT summary FROM cases \(filter)
                ORDER BY status = 'awaiting-sign-off' DESC, escalated DESC, ragRank DESC, dueBy IS NULL, dueBy, receivedAt
                LIMIT ?
                """, arguments: arguments)
            return try rows.map { try MASHJSON.decode(CaseSummary.self, from: $0) }
        }
    }

    /// Everything held on one case, or nil when the store has nothing of it.
    public func record(_ caseId: String) throws -> CaseRecord? {
        try database.read { db in
            let record = try Self.record(caseId, in: db)
            return record.caseFile == nil && record.reviews.isEmpty && record.outcomes.isEmpty ? nil : record
        }
    }

    /// The summary of one case.
    public func summary(_ caseId: String) throws -> CaseSummary? {
        try database.read { db in
            try Data.fetchOne(db, sql: "SELECT summary FROM cases WHERE caseId = ?", arguments: [caseId])
        }.map { try MASHJSON.decode(CaseSummary.self, from: $0) }
    }

    /// How many cases each queue filter shows: "all", "awaiting-sign-off", "escalated", "issued".
    public func queueCounts() throws -> [String: Int] {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT count(*) AS everything, coalesce(sum(status = 'awaiting-sign-off'), 0) AS awaiting,
                       coalesce(sum(escalated), 0) AS escalated, coalesce(sum(status = 'issued'), 0) AS issued FROM cases
                """) else { return [:] }
            return ["all": row["everything"], "awaiting-sign-off": row["awaiting"], "escalated": row["escalated"], "issued": row["issued"]]
        }
    }

    /// How many cases and messages the store holds.
    public func counts() throws -> (cases: Int, messages: Int) {
        try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM cases") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM messages") ?? 0)
        }
    }

    /// The store's content in a fixed order (messages and case summaries, not the read positions): two
    /// stores built from the same topics give the same text.
    public func canonicalContent() throws -> String {
        try database.read { db in
            var lines: [String] = []
            for row in try Row.fetchAll(db, sql: "SELECT id, topic, caseId, at, partition, offset, value FROM messages ORDER BY topic, partition, offset") {
                let value: Data = row["value"]
                lines.append("message \(row["id"] as String) \(row["topic"] as String) \(row["caseId"] as String) \(row["at"] as Int64) \(row["partition"] as Int32)@\(row["offset"] as Int64) \(SHA256.hex(Array(value)))")
            }
            for row in try Row.fetchAll(db, sql: "SELECT caseId, status, escalated, ragRank, dueBy, receivedAt, summary FROM cases ORDER BY caseId") {
                let summary: Data = row["summary"]
                lines.append("case \(row["caseId"] as String) \(row["status"] as String) \(row["escalated"] as Bool) \(row["ragRank"] as Int) \((row["dueBy"] as Int64?).map(String.init) ?? "-") \(row["receivedAt"] as Int64) \(String(decoding: summary, as: UTF8.self))")
            }
            return lines.joined(separator: "\n")
        }
    }

    private static func record(_ caseId: String, in db: Database) throws -> CaseRecord {
        let rows = try Row.fetchAll(db, sql: "SELECT topic, value FROM messages WHERE caseId = ? ORDER BY topic, partition, offset", arguments: [caseId])
        return CaseRecord(caseId: caseId, messages: rows.compactMap { row in
            guard let topic = PipelineTopic(rawValue: row["topic"]) else { return nil }
            let value: Data = row["value"]
            return (topic, Array(value))
        })
    }
}
