import Foundation
import GRDB
import MASHCore
import MASHKafka
import MASHStages

/// The gateway's memory, in one SQLite file: each partner's referrals and where they have got, the
/// responses to `Idempotency-Key`s, the taskings addressed to partners' agencies and their answers, and how
/// far the gateway has read each topic. All but the idempotency keys come from the topics, so any copy of the
/// gateway answers for every partner, and deleting the file rebuilds it.
public final class GatewayStore: Sendable {
    private let database: DatabasePool
    /// The secret that seals what the gateway sends to `mash.referral`, shared by its copies.
    let secret: [UInt8]

    public init(path: String, secret: [UInt8]) throws {
        self.secret = secret
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        database = try DatabasePool(path: path)
        try Self.migrator.migrate(database)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE submissions (
                    hubReferralId TEXT PRIMARY KEY, partnerId TEXT NOT NULL, partnerReferralId TEXT NOT NULL, caseId TEXT NOT NULL,
                    requestDigest TEXT NOT NULL, documentDigest TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, feedback BLOB,
                    receivedAt INTEGER NOT NULL, updatedAt INTEGER NOT NULL);
                CREATE INDEX submissionsByCase ON submissions(caseId);
                CREATE INDEX submissionsByDocument ON submissions(documentDigest);
                CREATE TABLE idempotency (
                    partnerId TEXT NOT NULL, key TEXT NOT NULL, requestDigest TEXT NOT NULL, status INTEGER NOT NULL, body BLOB NOT NULL,
                    at INTEGER NOT NULL, PRIMARY KEY (partnerId, key));
                CREATE TABLE taskings (
                    reference TEXT PRIMARY KEY, taskingId TEXT NOT NULL UNIQUE, caseId TEXT NOT NULL, recipient TEXT NOT NULL,
                    dueBy INTEGER NOT NULL, value BLOB NOT NULL, acknowledged BLOB, completed BLOB);
                CREATE INDEX taskingsByRecipient ON taskings(recipient, dueBy);
                CREATE TABLE positions (topic TEXT NOT NULL, partition INTEGER NOT NULL, nextOffset INTEGER NOT NULL,
                    PRIMARY KEY (topic, partition));
                """)
        }
        return migrator
    }

    // MARK: Submissions

    /// A partner's referral as the gateway knows it.
    public struct Submission: Sendable, Hashable {
        public var hubReferralId: String
        public var partnerId: String
        public var partnerReferralId: String
        public var caseId: String
        public var requestDigest: String
        public var documentDigest: String
        public var status: ReferralStatus
        public var reason: String?
        public var feedback: ReferrerFeedback?
        public var receivedAt: Timestamp
        public var updatedAt: Timestamp
    }

    /// Records a new submission, unless its id is already taken: then returns the one already there.
    func reserve(_ submission: Submission) throws -> Submission? {
        try database.write { db in
            if let existing = try Self.submission(submission.hubReferralId, in: db) { return existing }
            try Self.insert(submission, in: db)
            return nil
        }
    }

    /// Forgets a reservation whose referral never reached the hub.
    func release(_ hubReferralId: String, documentDigest: String) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM submissions WHERE hubReferralId = ? AND documentDigest = ? AND status = ?",
                           arguments: [hubReferralId, documentDigest, ReferralStatus.received.rawValue])
        }
    }

    public func submission(_ hubReferralId: String) throws -> Submission? {
        try database.read { db in try Self.submission(hubReferralId, in: db) }
    }

    private static func submission(_ hubReferralId: String, in db: Database) throws -> Submission? {
        try Row.fetchOne(db, sql: "SELECT * FROM submissions WHERE hubReferralId = ?", arguments: [hubReferralId]).map(submission(from:))
    }

    private static func submission(from row: Row) throws -> Submission {
        let feedback: Data? = row["feedback"]
        return Submission(
            hubReferralId: row["hubReferralId"], partnerId: row["partnerId"], partnerReferralId: row["partnerReferralId"], caseId: row["caseId"],
            requestDigest: row["requestDigest"], documentDigest: row["documentDigest"],
            status: ReferralStatus(rawValue: row["status"]) ?? .received, reason: row["reason"],
            feedback: try feedback.map { try MASHJSON.decode(ReferrerFeedback.self, from: $0) },
            receivedAt: Timestamp(millisecondsSince1970: row["receivedAt"]), updatedAt: Timestamp(millisecondsSince1970: row["updatedAt"])
        )
    }

    private static func insert(_ submission: Submission, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO submissions (hubReferralId, partnerId, partnerReferralId, caseId, requestDigest, documentDigest, status,
                    receivedAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [submission.hubReferralId, submission.partnerId, submission.partnerReferralId, submission.caseId, submission.requestDigest,
                        submission.documentDigest, submission.status.rawValue, submission.receivedAt.millisecondsSince1970,
                        submission.updatedAt.millisecondsSince1970]
        )
    }

    private static func move(where column: String, is value: String, to status: ReferralStatus, reason: String? = nil,
                             feedback: ReferrerFeedback? = nil, at: Timestamp, in db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT hubReferralId, status FROM submissions WHERE \(column) = ?", arguments: [value]) {
            let current = ReferralStatus(rawValue: row["status"]) ?? .received
            guard current.mayMove(to: status) else { continue }
            try db.execute(
                sql: "UPDATE submissions SET status = ?, reason = ?, feedback = ?, updatedAt = ? WHERE hubReferralId = ?",
                arguments: [status.rawValue, reason, try feedback.map { Data(try MASHJSON.encodeBytes($0)) }, at.millisecondsSince1970,
                            row["hubReferralId"] as String]
            )
        }
    }

    // MARK: Idempotency keys

    /// The response stored for a partner's idempotency key, with the digest of the request it answered.
    func idempotentResponse(partner: String, key: String) throws -> (requestDigest: String, status: Int, body: [UInt8])? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT requestDigest, status, body FROM idempotency WHERE partnerId = ? AND key = ?", arguments: [partner, key])
                .map { row in (row["requestDigest"], row["status"], Array(row["body"] as Data)) }
        }
    }

    func storeIdempotentResponse(partner: String, key: String, requestDigest: String, status: Int, body: [UInt8]) throws {
        try database.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO idempotency (partnerId, key, requestDigest, status, body, at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [partner, key, requestDigest, status, Data(body), Timestamp.now.millisecondsSince1970])
        }
    }

    // MARK: Taskings

    /// A tasking for a partner's agency, and the answers recorded.
    public struct TaskingRecord: Sendable, Hashable {
        public var reference: String
        public var tasking: Tasking
        public var acknowledged: TaskingUpdate?
        public var completed: TaskingUpdate?
    }

    /// The URL-safe reference of a tasking id (its '/' written as '~').
    public static func reference(of taskingId: String) -> String { taskingId.replacingOccurrences(of: "/", with: "~") }

    public func tasking(reference: String) throws -> TaskingRecord? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM taskings WHERE reference = ?", arguments: [reference]).map(Self.tasking(from:))
        }
    }

    /// The taskings for `agency`, soonest due first; only those not completed unless `all`.
    public func taskings(for agency: Agency, all: Bool, limit: Int = 500) throws -> [TaskingRecord] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM taskings WHERE recipient = ? \(all ? "" : "AND completed IS NULL") ORDER BY dueBy LIMIT ?",
                arguments: [agency.rawValue, limit]
            ).map(Self.tasking(from:))
        }
    }

    private static func tasking(from row: Row) throws -> TaskingRecord {
        let acknowledged: Data? = row["acknowledged"]
        let completed: Data? = row["completed"]
        return TaskingRecord(
            reference: row["reference"], tasking: try MASHJSON.decode(Tasking.self, from: row["value"] as Data),
            acknowledged: try acknowledged.map { try MASHJSON.decode(TaskingUpdate.self, from: $0) },
            completed: try completed.map { try MASHJSON.decode(TaskingUpdate.self, from: $0) }
        )
    }

    /// Records an answer to a tasking (the first of each kind stands).
    func record(_ update: TaskingUpdate) throws {
        try database.write { db in try Self.record(update, in: db) }
    }

    private static func record(_ update: TaskingUpdate, in db: Database) throws {
        let column = update.kind == .acknowledged ? "acknowledged" : "completed"
        try db.execute(sql: "UPDATE taskings SET \(column) = coalesce(\(column), ?) WHERE taskingId = ?",
                       arguments: [Data(try MASHJSON.encodeBytes(update)), update.taskingId])
    }
}

extension GatewayStore: FollowerStore {
    /// The topics the gateway follows: its own intake (so every copy knows every partner's referral), the
    /// register, the review and outcome topics, the dead letters, the taskings and their answers. Never a
    /// topic that carries agencies' research.
    public static let topics: [PipelineTopic] = [
        .referral, .referralRegister, .review, .outcome, .deadLetter, .taskingPolice, .taskingSocialCare, .taskingHealth, .taskingUpdate,
    ]

    public func positions() throws -> [TopicPartition: Int64] {
        try database.read { db in
            var positions: [TopicPartition: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT topic, partition, nextOffset FROM positions") {
                positions[TopicPartition(topic: row["topic"], partition: row["partition"])] = row["nextOffset"]
            }
            return positions
        }
    }

    public func apply(_ batch: [ConsumedMessage]) throws {
        guard !batch.isEmpty else { return }
        try database.write { db in
            for message in batch {
                try db.execute(
                    sql: "INSERT INTO positions (topic, partition, nextOffset) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET nextOffset = max(nextOffset, excluded.nextOffset)",
                    arguments: [message.topic, message.partition, message.offset + 1]
                )
                // A message the gateway cannot read is not its to judge: the stage that owns the topic dead-letters it.
                try? take(message, in: db)
            }
        }
    }

    private func take(_ message: ConsumedMessage, in db: Database) throws {
        let data = Data(message.value)
        let at = message.timestampMilliseconds.map(Timestamp.init(millisecondsSince1970:)) ?? .now
        switch PipelineTopic(rawValue: message.topic) {
        case .referral:
            // Only what the gateway itself sent: it names the partner and the request in its own headers.
            guard let partner = message.header(GatewayHeaders.partner)?.stringValue,
                  let request = message.header(GatewayHeaders.requestDigest)?.stringValue,
                  message.header(GatewayHeaders.seal)?.stringValue == GatewayHeaders.seal(partner: partner, request: request, document: message.value, secret: secret)
            else { return }
            let referral = try MASHJSON.decode(Referral.self, from: data)
            guard referral.referralId.hasPrefix(partner + "/") else { return }
            try Self.insert(Submission(
                hubReferralId: referral.referralId, partnerId: partner, partnerReferralId: String(referral.referralId.dropFirst(partner.count + 1)),
                caseId: CaseIdentifiers.caseId(referralId: referral.referralId), requestDigest: request, documentDigest: SHA256.hex(message.value),
                status: .received, reason: nil, feedback: nil, receivedAt: referral.receivedAt, updatedAt: referral.receivedAt
            ), in: db)
        case .referralRegister:
            let registration = try MASHJSON.decode(ReferralRegistration.self, from: data)
            try Self.move(where: "hubReferralId", is: registration.referralId, to: .researching, at: at, in: db)
        case .review:
            let review = try MASHJSON.decode(Review.self, from: data)
            try Self.move(where: "caseId", is: review.caseId, to: .awaitingDecision, at: at, in: db)
        case .outcome:
            let outcome = try MASHJSON.decode(Outcome.self, from: data)
            try Self.move(where: "caseId", is: outcome.caseId, to: .decided, feedback: ReferrerFeedback(outcome), at: at, in: db)
        case .deadLetter:
            let letter = try JSONDecoder().decode(DeadLetter.self, from: data)
            guard letter.stage == "referral" else { return }
            try Self.move(where: "documentDigest", is: letter.original.sha256, to: .rejected, reason: String(letter.reason.prefix(2_000)), at: at, in: db)
        case .taskingPolice, .taskingSocialCare, .taskingHealth:
            let tasking = try MASHJSON.decode(Tasking.self, from: data)
            try db.execute(
                sql: "INSERT OR IGNORE INTO taskings (reference, taskingId, caseId, recipient, dueBy, value) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [Self.reference(of: tasking.taskingId), tasking.taskingId, tasking.caseId, tasking.recipient.rawValue,
                            tasking.dueBy.millisecondsSince1970, data]
            )
        case .taskingUpdate:
            try Self.record(try MASHJSON.decode(TaskingUpdate.self, from: data), in: db)
        default:
            return
        }
    }
}

/// The headers the gateway sets on what it sends to `mash.referral`, for its own copies to read back. The
/// referral stage strips every `mash-*` header: inside the hub, they mean nothing.
enum GatewayHeaders {
    /// The authenticated partner's id.
    static let partner = "mash-gateway-partner"
    /// SHA-256 of the partner's request body, so a resend of the same request is known by every copy.
    static let requestDigest = "mash-gateway-request"
    /// HMAC-SHA-256, under the gateway's secret, of the partner, the request digest and the document: what
    /// makes the other two headers the gateway's and not a forger's with write access to the topic.
    static let seal = "mash-gateway-seal"

    static func seal(partner: String, request: String, document: [UInt8], secret: [UInt8]) -> String {
        let message = Array(partner.utf8) + [0] + Array(request.utf8) + [0] + Array(SHA256.hex(document).utf8)
        return hexString(HMACSHA256.code(key: secret, message: message))
    }
}
