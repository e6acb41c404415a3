import Foundation
import MASHCore
import Synchronization

/// The held cases, as the referral and decision stages consult them.
public protocol HeldDecisions: Sendable {
    /// The case's held-decision record, or nil if it was never held.
    func state(of caseId: String) -> HeldDecision?
}

/// Held cases in memory, fed the records on `mash.held-decisions`: the workers' copy restores it from
/// the topic and adds each batch's own records at once, so a later input of the same batch sees them.
///
/// A record is kept as its bytes, with its case and status read from them: every held case's record passes
/// through the referral and decision workers, and few are ever asked for again (a case re-assessed or signed
/// off while held), so the whole record is decoded only when asked for. Decoding every one as it came was
/// 15 % of the referral worker's processor time, and the decoded records held more memory than their bytes.
public final class HeldDecisionBook: HeldDecisions {
    private struct Entry {
        var status: HeldStatus
        var bytes: [UInt8]
    }

    private struct Book {
        var records: [String: Entry] = [:]
        /// Kept as records come, not counted from them: the metrics read it after every input.
        var awaitingSignOff = 0

        mutating func set(_ caseId: String, _ entry: Entry) {
            if records[caseId]?.status == .awaitingSignOff { awaitingSignOff -= 1 }
            if entry.status == .awaitingSignOff { awaitingSignOff += 1 }
            records[caseId] = entry
        }
    }

    /// What a record is filed by: its schema (so something else on the topic is not taken for one), case
    /// and status. Decoding only these skips building the proposal it carries.
    private struct Heading: Decodable {
        let caseId: String
        let status: HeldStatus

        private enum CodingKeys: String, CodingKey { case schema, caseId, status }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            guard try container.decode(String.self, forKey: .schema) == MessageSchema.heldDecision else {
                throw DecodingError.dataCorruptedError(forKey: .schema, in: container, debugDescription: "not a held-decision record")
            }
            caseId = try container.decode(String.self, forKey: .caseId)
            status = try container.decode(HeldStatus.self, forKey: .status)
        }
    }

    private let book = Mutex(Book())

    public init() {}

    /// The case's record, decoded now; nil if it was never held, or if its record does not read whole.
    public func state(of caseId: String) -> HeldDecision? {
        guard let bytes = book.withLock({ $0.records[caseId]?.bytes }) else { return nil }
        return try? MASHJSON.decode(HeldDecision.self, from: bytes)
    }

    /// Takes in one record read from the topic; anything that is not one is ignored.
    public func apply(_ bytes: [UInt8]) {
        guard let heading = try? MASHJSON.decode(Heading.self, from: bytes) else { return }
        book.withLock { $0.set(heading.caseId, Entry(status: heading.status, bytes: bytes)) }
    }

    /// Takes in the held-decision records among a stage's outputs.
    public func record(_ outputs: [StageRecord]) {
        for output in outputs where output.topic == PipelineTopic.heldDecisions.rawValue {
            apply(output.value)
        }
    }

    /// Cases held so far, signed or not.
    public var count: Int { book.withLock { $0.records.count } }

    /// How many cases wait for a person's sign-off.
    public var awaitingSignOff: Int { book.withLock { $0.awaitingSignOff } }
}
