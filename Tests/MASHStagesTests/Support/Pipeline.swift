import Foundation
import MASHCore
@testable import MASHStages

/// Runs a generated case through all four stages, as the Kafka runners would, and keeps every output; a
/// case held for sign-off is confirmed by a social care manager, so the run ends with what the hub issues.
struct Pipeline {
    var policy = HubPolicy.default

    struct Run {
        /// Every record every stage produced, in order.
        var records: [StageRecord] = []
        /// The case file the decision stage read, when the case got that far.
        var decided: CaseFile?
    }

    func run(_ generated: GeneratedCase, ingestedAt: Timestamp, now: Timestamp, downAgencies: Set<Agency> = []) throws -> Run {
        var run = Run()
        let referral = Array(try MASHJSON.encode(generated.referral))
        let held = HeldDecisionBook()
        var outputs = try ReferralScreening(policy: policy, socialCare: generated.socialCareStore, held: held)
            .screen(StageInput(value: referral, ingestedAt: ingestedAt, now: now))
        run.records += outputs
        run.records += try DecisionTesting.confirmingHeld(outputs, policy: policy, held: held, now: now) ?? []
        guard let screened = outputs.first(where: { $0.topic == PipelineTopic.research.rawValue }) else { return run }

        outputs = try AgencyResearch(stores: generated.stores(downAgencies: downAgencies))
            .research(StageInput(value: screened.value, ingestedAt: ingestedAt, now: now))
        run.records += outputs
        outputs = try RiskAssessor(policy: policy).assess(StageInput(value: outputs[0].value, ingestedAt: ingestedAt, now: now))
        run.records += outputs
        run.decided = try MASHJSON.decode(CaseFile.self, from: Data(outputs[0].value))
        outputs = try DecisionMaker(policy: policy, held: held).decide(StageInput(value: outputs[0].value, ingestedAt: ingestedAt, now: now))
        run.records += outputs
        run.records += try DecisionTesting.confirmingHeld(outputs, policy: policy, held: held, now: now) ?? []
        return run
    }
}
