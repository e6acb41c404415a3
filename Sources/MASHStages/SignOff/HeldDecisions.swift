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
    private let records = Mutex<[String: HeldDecision]>([:])

    public init() {}

    public func state(of caseId: String) -> HeldDecision? {
        records.withLock { $0[caseId] }
    }

    /// Takes in one record read from the topic; anything that is not one is ignored.
    public func apply(_ bytes: [UInt8]) {
        guard let held = try? MASHJSON.decode(HeldDecision.self, from: Data(bytes)) else { return }
        records.withLock { $0[held.caseId] = held }
    }

    /// Takes in the held-decision records among a stage's outputs.
    public func record(_ outputs: [StageRecord]) {
        for output in outputs where output.topic == PipelineTopic.heldDecisions.rawValue {
            apply(output.value)
        }
    }

    /// Cases held so far, signed or not.
    public var count: Int { records.withLock { $0.count } }

    /// How many cases wait for a person's sign-off.
    public var awaitingSignOff: Int { records.withLock { $0.values.filter { $0.status == .awaitingSignOff }.count } }
}
