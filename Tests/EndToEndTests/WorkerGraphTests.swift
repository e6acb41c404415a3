import Foundation
import MASHKafka
import MASHStages
import MASHTestSupport
import MASHWorker
import Testing

@Suite("Workers built as service graphs, in this process")
struct WorkerGraphTests {
    @Test("the decision worker's graph reports readiness as a value, decides a case, and on graceful shutdown commits it and stops its replica")
    func decisionWorkerGraph() async throws {
        let test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        var runner = StageRunnerConfiguration(stageName: "decision", inputTopic: "", groupID: "graph-\(UUID().uuidString)")
        runner.connectionTimeout = .seconds(10)
        let graph = try buildDecisionWorker(
            policy: .default, settings: StageWorkerSettings(kafka: test.kafka, runner: runner), logger: test.logger
        )
        #expect(graph.runner.configuration.inputTopics == ["mash.decision", "mash.sign-off"])
        #expect(!graph.runner.readiness.isReady, "not ready before it runs")
        let running = Task { try await graph.runInProcess() }
        #expect(await graph.runner.readiness.wait(timeout: .seconds(30)))

        let example = try Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/mash.decision.json"))
        try await test.producer().send([ProducerRecord(topic: "mash.decision", key: "child-1", value: Array(example))])
        let outcomes = try await test.collect(["mash.outcome", "mash.review"], timeout: .seconds(30)) { !$0.isEmpty }
        #expect(!outcomes.isEmpty, "the case is decided (an outcome, or a proposal held for a person)")

        await graph.group.triggerGracefulShutdown()
        try await running.value
        #expect(graph.runner.statistics.consumed == 1)
        let probe = try KafkaConsumer(configuration: test.kafka, options: ConsumerOptions(groupID: runner.groupID), logger: test.logger)
        defer { probe.close() }
        let partitions = (0..<Int32(try probe.partitionCount(of: "mash.decision"))).map { TopicPartition(topic: "mash.decision", partition: $0) }
        #expect(try probe.committed(partitions).values.reduce(0, +) == 1, "the decided case is committed before the worker stops")
    }
}
