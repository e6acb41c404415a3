import Logging
import MASHKafka
import ServiceLifecycle

/// A worker's services, built and not yet running: a worker's `@main` builds one and runs its group, and
/// tests build the very same graph in-process.
///
/// Services start in order and stop in reverse: the metrics endpoint, the topic replicas the stage consults,
/// the stage runner, then (when the environment asks for one) a watch on the parent process. On SIGTERM or
/// SIGINT the runner stops taking input, drains what it has in flight and commits it; the replicas stop after.
/// A worker process (`run()`) whose shutdown outlasts `shutdownDeadline` ends itself (`ShutdownDeadline`).
public struct WorkerGraph: Sendable {
    public let group: ServiceGroup
    /// The stage runner: `runner.readiness` says when the group has given it partitions, and
    /// `runner.statistics` what it has done.
    public let runner: StageRunner

    /// Longest a graceful shutdown may take before what is left is cancelled: above the runner's drain
    /// (`StageRunnerConfiguration.drainTimeout`, 10 s) and below a container's stop grace period (30 s in
    /// docker-compose.yml).
    public static let shutdownBudget = Duration.seconds(20)

    /// When a worker process whose shutdown is still not over (a runner stuck in librdkafka on a broker that
    /// has gone, past cancellation) ends itself: after the budget, still below the stop grace period.
    public static let shutdownDeadline = Duration.seconds(25)

    private let deadline: ShutdownDeadline

    init(runner: StageRunner, replicas: [any Service], metrics: MetricsEndpoint?, logger: Logger) {
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = []
        if let metrics { services.append(.init(service: metrics)) }
        services += replicas.map { .init(service: $0) }
        services.append(.init(service: runner))
        if let watch = ParentWatch.fromEnvironment(logger: logger) {
            services.append(.init(service: watch, successTerminationBehavior: .gracefullyShutdownGroup))
        }
        // Last, so the shutdown reaches it first (services stop in reverse order); it returns at once.
        deadline = ShutdownDeadline(limit: Self.shutdownDeadline, logger: logger)
        services.append(.init(service: deadline, successTerminationBehavior: .ignore, failureTerminationBehavior: .ignore))
        var configuration = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = Self.shutdownBudget
        group = ServiceGroup(configuration: configuration)
        self.runner = runner
    }

    /// Runs the group as a worker process: until SIGTERM, SIGINT, cancellation or a service's failure, the
    /// process ending itself if its shutdown outlasts `shutdownDeadline`.
    public func run() async throws {
        deadline.arm()
        try await group.run()
    }

    /// Runs the group inside another process (tests): the same, but a shutdown that overruns is left to the caller.
    public func runInProcess() async throws {
        try await group.run()
    }
}

/// What every stage worker is built from: its runner's configuration and Kafka settings, from its options.
public struct StageWorkerSettings: Sendable {
    public var kafka: KafkaConfiguration
    public var runner: StageRunnerConfiguration
    /// Where metrics are served; nil for none.
    public var metrics: MetricsOptions?

    public init(kafka: KafkaConfiguration, runner: StageRunnerConfiguration, metrics: MetricsOptions? = nil) {
        self.kafka = kafka
        self.runner = runner
        self.metrics = metrics
    }

    /// The settings a worker's command-line options give, for a stage named `name` reading `inputTopics`
    /// (the pipeline workers' builders set their stages' topics themselves).
    public static func from(kafka: KafkaOptions, stage: StageOptions, name: String, inputTopics: [String] = []) throws -> StageWorkerSettings {
        var runner = try stage.configuration(stageName: name, inputTopic: inputTopics.first ?? "")
        runner.inputTopics = inputTopics
        return StageWorkerSettings(
            kafka: try kafka.configuration(clientID: "mash-\(name)"),
            runner: runner,
            metrics: stage.metrics
        )
    }

    /// The same Kafka settings under another client id, for a worker's other clients (its replicas).
    func kafka(clientID: String) -> KafkaConfiguration {
        var configuration = kafka
        configuration.clientID = clientID
        return configuration
    }
}
