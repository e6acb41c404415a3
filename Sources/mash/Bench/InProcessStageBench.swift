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

    /// What one run measured: each stage's messages per second, and the microseconds to decode each stage's
    /// inputs with Foundation's decoder and with ours.
    struct Result {
        var perSecond: [(stage: String, perSecond: Double)] = []
        var decoding: [(stage: String, foundation: Double, streaming: Double)] = []
    }

    /// Runs the stages in pipeline order: messages per second for each, and the cost of decoding its inputs.
    func run() throws -> Result {
        let socialCare = stores.first { $0.agency == .socialCare }
        let stages: [(String, any PipelineStage)] = [
            ("referral", ReferralScreening(socialCare: socialCare)),
            ("research", AgencyResearch(stores: stores)),
            ("risk", RiskAssessor()),
            ("decision", DecisionMaker()),
        ]
        var inputs = referrals
        var result = Result()
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
            result.perSecond.append((name, Double(inputs.count) / max(seconds, 0.001)))
            let decoding = stage.inputTopic == .referral ? try Self.decodingCost(Referral.self, inputs) : try Self.decodingCost(CaseFile.self, inputs)
            result.decoding.append((name, decoding.foundation, decoding.streaming))
            inputs = next
        }
        return result
    }

    /// Microseconds of CPU per message to decode `inputs` as `Message`, with Foundation's `JSONDecoder` and
    /// with `StreamingJSONDecoder`, each over the same inputs and checked to give the same values.
    static func decodingCost<Message: Decodable & Equatable>(_ type: Message.Type, _ inputs: [[UInt8]]) throws -> (foundation: Double, streaming: Double) {
        guard !inputs.isEmpty else { return (0, 0) }
        let data = inputs.map { Data($0) }
        var started = ThreadCPUClock.now
        let foundation = try data.map { try JSONDecoder().decode(type, from: $0) }
        let foundationSeconds = ThreadCPUClock.now - started
        started = ThreadCPUClock.now
        let streaming = try inputs.map { try StreamingJSONDecoder().decode(type, from: $0) }
        let streamingSeconds = ThreadCPUClock.now - started
        guard foundation == streaming else { throw BenchError("the two decoders read \(type) differently") }
        return (1e6 * foundationSeconds / Double(inputs.count), 1e6 * streamingSeconds / Double(inputs.count))
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
