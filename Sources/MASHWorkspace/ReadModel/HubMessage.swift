import Foundation
import MASHCore

/// One message the workspace keeps, as it arrived on one of the case topics: which case it belongs to,
/// the instant it speaks of, and its bytes. Anything that is not a readable message of its topic is skipped.
struct HubMessage: Sendable {
    /// The message's idempotency key (a replay has the same), else where it was read.
    let id: String
    let topic: PipelineTopic
    let caseId: String
    /// The instant the message records: when it was held, decided, signed, audited, escalated or assessed.
    let at: Timestamp
    /// The partition offset, which orders a case's audit records (they share one partition).
    let offset: Int64
    let value: [UInt8]

    /// The topics the workspace reads.
    static let topics: [PipelineTopic] = [
        .decision, .review, .outcome, .taskingPolice, .taskingSocialCare, .taskingHealth, .audit, .signOff, .escalation,
    ]

    init?(topic name: String, offset: Int64, idempotencyKey: String?, position: String, value: [UInt8]) {
        guard let topic = PipelineTopic(rawValue: name), let (caseId, at) = Self.caseAndTime(topic: topic, value: value) else { return nil }
        self.id = idempotencyKey ?? position
        self.topic = topic
        self.caseId = caseId
        self.at = at
        self.offset = offset
        self.value = value
    }

    private static func caseAndTime(topic: PipelineTopic, value: [UInt8]) -> (String, Timestamp)? {
        let data = Data(value)
        switch topic {
        case .decision:
            guard let caseFile = try? MASHJSON.decode(CaseFile.self, from: data) else { return nil }
            return (caseFile.caseId, caseFile.timestamps.risk ?? caseFile.receivedAt)
        case .review:
            return (try? MASHJSON.decode(Review.self, from: data)).map { ($0.caseId, $0.heldAt) }
        case .outcome:
            return (try? MASHJSON.decode(Outcome.self, from: data)).map { ($0.caseId, $0.decision.decidedAt) }
        case .taskingPolice, .taskingSocialCare, .taskingHealth:
            return (try? MASHJSON.decode(Tasking.self, from: data)).map { ($0.caseId, $0.timestamps.decision ?? $0.timestamps.received) }
        case .audit:
            return (try? MASHJSON.decode(AuditRecord.self, from: data)).map { ($0.caseId, $0.at) }
        case .signOff:
            return (try? MASHJSON.decode(SignOff.self, from: data)).map { ($0.caseId, $0.signedAt) }
        case .escalation:
            return (try? MASHJSON.decode(Escalation.self, from: data)).map { ($0.caseId, $0.at) }
        default:
            return nil
        }
    }
}
