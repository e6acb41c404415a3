import Logging
import MASHStages
import MASHKafka
import ServiceLifecycle

/// Runs one stage in this process until SIGTERM or SIGINT, then shuts it down gracefully.
public enum StageProcess {
    public static func run(
        stageName: String,
        inputTopics: [String],
        kafka: KafkaOptions,
        stage: StageOptions,
        handlerThreads: Int = 1,
        deadLetterKeepsBytes: Bool = true,
        inputsFromOutside: Bool = false,
        handler: some StageHandler,
        logger: Logger
    ) async throws {
        // First, so the metrics system is bootstrapped before the runner makes its metrics.
        let metrics = try stage.metrics.endpoint(logger: logger)
        var configuration = try stage.configuration(stageName: stageName, inputTopic: inputTopics[0])
        configuration.inputTopics = inputTopics
        configuration.handlerThreads = handlerThreads
        configuration.deadLetterKeepsBytes = deadLetterKeepsBytes
        configuration.inputsFromOutside = inputsFromOutside
        let runner = try StageRunner(
            configuration: configuration,
            kafka: kafka.configuration(clientID: "mash-\(stageName)"),
            handler: handler,
            logger: logger
        )
        var services: [any Service] = [runner]
        if let metrics { services.append(metrics) }
        try await ParentWatch.group(services, logger: logger).run()
    }
}

extension StageProcess {
    /// Runs a pure pipeline stage on its input topic until SIGTERM or SIGINT. `handlerThreads` above 1 only
    /// for a stage whose answer for one input does not depend on the others of its batch.
    public static func run(
        _ stage: some PipelineStage,
        name: String,
        kafka: KafkaOptions,
        options: StageOptions,
        handlerThreads: Int = 1,
        logger: Logger,
        onRecords: @escaping @Sendable ([StageRecord]) -> Void = { _ in }
    ) async throws {
        try await run([stage], name: name, kafka: kafka, options: options, handlerThreads: handlerThreads, logger: logger, onRecords: onRecords)
    }

    /// Runs pure stages that share one consumer group (and whatever state they share) until SIGTERM or
    /// SIGINT: each input goes to the stage that reads its topic, the first stage's topic being the main one.
    public static func run(
        _ stages: [any PipelineStage],
        name: String,
        kafka: KafkaOptions,
        options: StageOptions,
        handlerThreads: Int = 1,
        logger: Logger,
        onRecords: @escaping @Sendable ([StageRecord]) -> Void = { _ in }
    ) async throws {
        try await run(
            stageName: name,
            inputTopics: stages.map(\.inputTopic.rawValue),
            kafka: kafka,
            stage: options,
            handlerThreads: handlerThreads,
            deadLetterKeepsBytes: !stages.contains(where: \.inputCarriesHubRecords),
            inputsFromOutside: stages.contains(where: \.inputComesFromOutside),
            handler: PipelineStageHandler(stages: stages, logger: logger, onRecords: onRecords),
            logger: logger
        )
    }
}
