import Logging
import MASHKafka
import ServiceLifecycle

/// Runs one stage in this process until SIGTERM or SIGINT, then shuts it down gracefully.
public enum StageProcess {
    public static func run(
        stageName: String,
        inputTopic: String,
        kafka: KafkaOptions,
        stage: StageOptions,
        handler: some StageHandler,
        logger: Logger
    ) async throws {
        let runner = try StageRunner(
            configuration: stage.configuration(stageName: stageName, inputTopic: inputTopic),
            kafka: kafka.configuration(clientID: "mash-\(stageName)"),
            handler: handler,
            logger: logger
        )
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [runner],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        try await group.run()
    }
}
