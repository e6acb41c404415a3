import Foundation
import MASHCore
import Synchronization

/// The hub's memory of the referrals it handled, by child, as the referral stage consults it.
public protocol HubMemory: Sendable {
    /// Every referral about the child with this partition key the hub remembers.
    func referrals(about subjectKey: String) -> [PreviousReferral]
}

/// The hub's memory in memory, fed the records on `mash.child-history`: the referral worker's copy restores it
/// from the topic and adds each batch's own records at once.
public final class HubMemoryBook: HubMemory {
    private let entries = Mutex<[String: [String: PreviousReferral]]>([:])

    public init() {}

    public func referrals(about subjectKey: String) -> [PreviousReferral] {
        entries.withLock { ($0[subjectKey] ?? [:]).values.sorted { ($0.receivedAt, $0.caseId) < ($1.receivedAt, $1.caseId) } }
    }

    /// Takes in one record read from the topic; anything that is not one is ignored.
    public func apply(_ bytes: [UInt8]) {
        guard let entry = try? MASHJSON.decode(ChildHistoryEntry.self, from: bytes) else { return }
        entries.withLock { entries in
            // The latest write of a case is the whole of it; an outcome is never forgotten by a late replay.
            let known = entries[entry.subjectKey]?[entry.referral.caseId]
            if known?.outcome != nil, entry.referral.outcome == nil { return }
            entries[entry.subjectKey, default: [:]][entry.referral.caseId] = entry.referral
        }
    }

    /// Takes in the history records among a stage's outputs.
    public func record(_ outputs: [StageRecord]) {
        for output in outputs where output.topic == PipelineTopic.childHistory.rawValue {
            apply(output.value)
        }
    }
}
