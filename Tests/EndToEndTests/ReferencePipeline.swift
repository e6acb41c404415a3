import Foundation
import MASHAgencyStore
import MASHCore
import MASHStages

/// The four stages composed in-process: what the distributed pipeline must agree with.
struct ReferencePipeline {
    let socialCare: (any AgencyRecordStore)?
    let research: AgencyResearch
    let risk = RiskAssessor()
    let decision = DecisionMaker()

    init(stores folder: URL) throws {
        let stores = try AgencyStoreFolder(folder).openAll()
        socialCare = stores.first { $0.agency == .socialCare }
        research = AgencyResearch(stores: stores)
    }

    /// Every record the pipeline ends with for one referral: outcome, taskings and audit, or the proposal held
    /// for sign-off. `remembered` is what the hub's memory held about the child when the referral arrived (the
    /// order referrals arrive in decides that, so the caller says it).
    func run(_ referralBytes: [UInt8], remembered: [PreviousReferral] = []) throws -> [StageRecord] {
        let now = Timestamp.now
        let referral = ReferralScreening(socialCare: socialCare, memory: FixedMemory(referrals: remembered))
        var pending = try referral.process(StageInput(value: referralBytes, ingestedAt: now, now: now))
        var finished: [StageRecord] = []
        while let record = pending.popLast() {
            let input = StageInput(value: record.value, ingestedAt: now, now: now)
            switch PipelineTopic(rawValue: record.topic) {
            case .research: pending += try research.process(input)
            case .riskAssessment: pending += try risk.process(input)
            case .decision: pending += try decision.process(input)
            default: finished.append(record)
            }
        }
        return finished
    }
}

/// A hub memory that knows the same earlier referrals whichever child is asked about.
private struct FixedMemory: HubMemory {
    let referrals: [PreviousReferral]
    func referrals(about subjectKey: String) -> [PreviousReferral] { referrals }
}

/// What a referral's end state is, in the terms the test compares: issued or held for sign-off, the outcome
/// kind, and who was (or would be) tasked to do what.
struct ExpectedResult: Hashable, CustomStringConvertible {
    let held: Bool
    let outcome: OutcomeKind
    let taskings: Set<String>

    init(outcome: Outcome) {
        held = false
        self.outcome = outcome.decision.outcome
        taskings = Set(outcome.taskings.map { "\($0.recipient.rawValue):\($0.action.rawValue)" })
    }

    init(review: Review) {
        held = true
        outcome = review.decision.outcome
        taskings = Set(review.taskings.map { "\($0.recipient.rawValue):\($0.action.rawValue)" })
    }

    /// The end among `records`: the outcome, or the held proposal.
    static func of(_ records: [StageRecord]) throws -> [ExpectedResult] {
        try records.compactMap { record in
            switch PipelineTopic(rawValue: record.topic) {
            case .outcome: ExpectedResult(outcome: try MASHJSON.decode(Outcome.self, from: Data(record.value)))
            case .review: ExpectedResult(review: try MASHJSON.decode(Review.self, from: Data(record.value)))
            default: nil
            }
        }
    }

    var description: String { "\(held ? "held: " : "")\(outcome.rawValue) [\(taskings.sorted().joined(separator: ", "))]" }
}
