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
public final class HeldDecisionBook: HeldDecisions {
    private struct Book {
        var records: [String: HeldDecision] = [:]
        /// Kept as records come, not counted from them: the metrics read it after every input.
        var awaitingSignOff = 0

        mutating func set(_ held: HeldDecision) {
            if records[held.caseId]?.status == .awaitingSignOff { awaitingSignOff -= 1 }
            if held.status == .awaitingSignOff { awaitingSignOff += 1 }
            records[held.caseId] = held
        }
    }

    private let book = Mutex(Book())

    public init() {}

    public func state(of caseId: String) -> HeldDecision? {
        book.withLock { $0.records[caseId] }
    }

    /// Takes in one record read from the topic; anything that is not one is ignored.
    public func apply(_ bytes: [UInt8]) {
        guard let held = try? MASHJSON.decode(HeldDecision.self, from: Data(bytes)) else { return }
        book.withLock { $0.set(held) }
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
