import Foundation
import MASHAgencyStore
import MASHCore
import MASHStages

/// Each stage's own cost, with no Kafka: decode, transform and encode, one message after another on one core.
/// Timed in this thread's CPU time, so other work on the machine barely moves the figure.
struct InProcessStageBench {
    let referrals: [[UInt8]]
    let stores: [any AgencyRecordStore]

    /// The referrals and the agency stores of a synthetic hub.
    init(data: HubData) throws {
        referrals = try ReferralFile.lines(at: data.referralsFile.path)
        stores = try AgencyStoreFolder(data.folder).openAll()
    }

    /// Runs the stages in pipeline order and returns messages per second for each.
    func run() throws -> [(stage: String, perSecond: Double)] {
        let socialCare = stores.first { $0.agency == .socialCare }
        let stages: [(String, any PipelineStage)] = [
            ("referral", ReferralScreening(socialCare: socialCare)),
            ("research", AgencyResearch(stores: stores)),
            ("risk", RiskAssessor()),
            ("decision", DecisionMaker()),
        ]
        var inputs = referrals
        var results: [(String, Double)] = []
        for (name, stage) in stages {
            let now = Timestamp.now
            var next: [[UInt8]] = []
            let started = ThreadCPUClock.now
            for input in inputs {
                for record in try stage.process(StageInput(value: input, ingestedAt: now, now: now)) {
                    if PipelineTopic(rawValue: record.topic) == stages.nextInput(after: stage.inputTopic) { next.append(record.value) }
                }
            }
            let seconds = ThreadCPUClock.now - started
            results.append((name, Double(inputs.count) / max(seconds, 0.001)))
            inputs = next
        }
        return results
    }
}

extension Array where Element == (String, any PipelineStage) {
    /// The topic the stage after the one reading `topic` reads.
    fileprivate func nextInput(after topic: PipelineTopic) -> PipelineTopic? {
        guard let index = firstIndex(where: { $0.1.inputTopic == topic }), index + 1 < count else { return nil }
        return self[index + 1].1.inputTopic
    }
}

/// This thread's CPU time in seconds.
enum ThreadCPUClock {
    static var now: Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
