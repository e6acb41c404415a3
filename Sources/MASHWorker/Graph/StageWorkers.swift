import Logging
import MASHCore
import MASHKafka
import MASHStages
import ServiceLifecycle

/// A worker running `handler` on the runner `settings` describe, with the replicas it consults.
public func buildStageWorker(
    handler: some StageHandler, settings: StageWorkerSettings, replicas: [any Service] = [], logger: Logger
) throws -> WorkerGraph {
    // First, so the metrics system is bootstrapped before the runner makes its metrics.
    let metrics = try settings.metrics?.endpoint(logger: logger)
    let runner = try StageRunner(configuration: settings.runner, kafka: settings.kafka, handler: handler, logger: logger)
    return WorkerGraph(runner: runner, replicas: replicas, metrics: metrics, logger: logger)
}

/// A worker running pure stages that share one consumer group (and whatever state they share): each input
/// goes to the stage that reads its topic, the first stage's topic being the main one. `handlerThreads`
/// above 1 only for a stage whose answer for one input does not depend on the others of its batch.
public func buildStageWorker(
    _ stages: [any PipelineStage], settings: StageWorkerSettings, handlerThreads: Int = 1, replicas: [any Service] = [],
    onRecords: @escaping @Sendable ([StageRecord]) -> Void = { _ in }, logger: Logger
) throws -> WorkerGraph {
    var settings = settings
    settings.runner.inputTopics = stages.map(\.inputTopic.rawValue)
    settings.runner.handlerThreads = max(1, handlerThreads)
    settings.runner.deadLetterKeepsBytes = !stages.contains(where: \.inputCarriesHubRecords)
    settings.runner.inputsFromOutside = stages.contains(where: \.inputComesFromOutside)
    return try buildStageWorker(
        handler: PipelineStageHandler(stages: stages, logger: logger, onRecords: onRecords), settings: settings, replicas: replicas, logger: logger
    )
}

/// The referral worker: screening, with the referral register, the held decisions and the hub's memory it
/// consults, each restored from its topic before this returns and followed while the group runs.
public func buildReferralWorker(
    policy: HubPolicy, socialCare: (any AgencyRecordStore)?, keys: PartitionKeys, settings: StageWorkerSettings, logger: Logger
) throws -> WorkerGraph {
    settings.metrics?.bootstrap()
    let register = try KafkaReferralRegister(kafka: settings.kafka(clientID: "mash-referral-register"), logger: logger)
    let held = try KafkaHeldDecisions(kafka: settings.kafka(clientID: "mash-referral-held"), logger: logger)
    let memory = try KafkaHubMemory(kafka: settings.kafka(clientID: "mash-referral-memory"), logger: logger)
    let screening = ReferralScreening(policy: policy, socialCare: socialCare, register: register, held: held, keys: keys, memory: memory)
    return try buildStageWorker(
        [screening], settings: settings, replicas: [register, held, memory],
        onRecords: { records in
            held.record(records)
            memory.record(records)
        },
        logger: logger
    )
}

/// The research worker: every agency's store searched for each case, `threads` cases of a batch at once.
public func buildResearchWorker(stores: [any AgencyRecordStore], threads: Int, settings: StageWorkerSettings, logger: Logger) throws -> WorkerGraph {
    settings.metrics?.bootstrap()
    let timed: [any AgencyRecordStore] = settings.metrics?.port == nil ? stores : stores.map { TimedAgencyStore($0) }
    return try buildStageWorker([AgencyResearch(stores: timed)], settings: settings, handlerThreads: threads, logger: logger)
}

/// The risk worker: each researched case assessed against the policy's thresholds.
public func buildRiskWorker(policy: HubPolicy, settings: StageWorkerSettings, logger: Logger) throws -> WorkerGraph {
    try buildStageWorker([RiskAssessor(policy: policy)], settings: settings, logger: logger)
}

/// The decision worker: decisions and sign-offs, with the held decisions they share.
public func buildDecisionWorker(policy: HubPolicy, settings: StageWorkerSettings, logger: Logger) throws -> WorkerGraph {
    settings.metrics?.bootstrap()
    let held = try KafkaHeldDecisions(kafka: settings.kafka(clientID: "mash-decision-held"), logger: logger)
    return try buildStageWorker(
        [DecisionMaker(policy: policy, held: held), SignOffStage(policy: policy, held: held)], settings: settings, replicas: [held],
        onRecords: held.record, logger: logger
    )
}
