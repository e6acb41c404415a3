import Foundation

/// Checks an audit log, read in log order, for breaks in its cases' hash chains: a record whose hash does
/// not match its content (edited), or that follows a hash no earlier record of its case has (the record
/// before it was removed or edited).
public struct AuditVerification: Sendable {
    /// Records read.
    public private(set) var records = 0
    /// Every break found, in log order.
    public private(set) var breaks: [AuditBreak] = []
    /// The hashes seen per case.
    private var hashes: [String: Set<String>] = [:]

    public init() {}

    /// Cases seen.
    public var cases: Int { hashes.count }

    /// Whether no break was found.
    public var isIntact: Bool { breaks.isEmpty }

    /// Checks the next record of the log; `position` says where it was read (e.g. "mash.audit[3]@41").
    public mutating func add(_ bytes: [UInt8], position: String) {
        records += 1
        guard let record = try? MASHJSON.decode(AuditRecord.self, from: Data(bytes)) else {
            breaks.append(AuditBreak(caseId: nil, auditId: nil, position: position, reason: "not a readable audit record"))
            return
        }
        let known = hashes[record.caseId, default: []]
        if AuditChain.hash(of: record) != record.hash {
            breaks.append(AuditBreak(record, position: position, reason: "its hash does not match its content: the record was edited"))
        }
        if let previous = record.previousHash, !known.contains(previous) {
            breaks.append(AuditBreak(
                record, position: position,
                reason: "it follows \(previous.prefix(12))…, which no earlier record of the case has: a record before it was removed or edited"
            ))
        }
        hashes[record.caseId, default: []].insert(record.hash)
    }
}

/// One break in an audit chain.
public struct AuditBreak: Sendable, Hashable, CustomStringConvertible {
    /// The case, when the record could be read.
    public var caseId: String?
    /// The record, when it could be read.
    public var auditId: String?
    /// Where in the log.
    public var position: String
    /// What is wrong.
    public var reason: String

    public init(caseId: String?, auditId: String?, position: String, reason: String) {
        self.caseId = caseId
        self.auditId = auditId
        self.position = position
        self.reason = reason
    }

    init(_ record: AuditRecord, position: String, reason: String) {
        self.init(caseId: record.caseId, auditId: record.auditId, position: position, reason: reason)
    }

    /// "mash.audit[3]@41 CASE-1/shared/...: reason".
    public var description: String {
        "\(position) \(auditId ?? "(unreadable)"): \(reason)"
    }
}
