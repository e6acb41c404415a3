import Foundation
import MASHAgencyStore
import MASHCore
import MASHStages

/// The four stages composed in-process: what the distributed pipeline must agree with.
struct ReferencePipeline {
    let referral: ReferralScreening
    let research: AgencyResearch
    let risk = RiskAssessor()
    let decision = DecisionMaker()

    init(stores folder: URL) throws {
        let stores = try AgencyStoreFolder(folder).openAll()
        referral = ReferralScreening(socialCare: stores.first { $0.agency == .socialCare })
        research = AgencyResearch(stores: stores)
    }

    /// Every record the pipeline ends with for one referral: outcome, taskings and audit.
    func run(_ referralBytes: [UInt8]) throws -> [StageRecord] {
        let now = Timestamp.now
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

/// What a referral's end state is, in the terms the test compares: outcome kind and who was tasked to do what.
struct ExpectedResult: Hashable, CustomStringConvertible {
    let outcome: OutcomeKind
    let taskings: Set<String>

    init(outcome: Outcome) {
        self.outcome = outcome.decision.outcome
        taskings = Set(outcome.taskings.map { "\($0.recipient.rawValue):\($0.action.rawValue)" })
    }

    var description: String { "\(outcome.rawValue) [\(taskings.sorted().joined(separator: ", "))]" }
}
