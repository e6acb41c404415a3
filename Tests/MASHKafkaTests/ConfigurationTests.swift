import Foundation
import Logging
import MASHKafka
import MASHTestSupport
import Testing

@Suite("Bad configuration fails clearly")
struct ConfigurationTests {
    let logger: Logger = {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return logger
    }()

    @Test("an unknown librdkafka property is refused at start-up with librdkafka's own text")
    func unknownProperty() throws {
        let kafka = KafkaConfiguration(properties: ["no.such.property": "1"])
        let error = try #require(throws: KafkaError.self) { try KafkaProducer(configuration: kafka, logger: logger) }
        #expect(error.operation == "configure")
        #expect(error.description.contains("no.such.property"))
        #expect(error.description.contains("No such configuration property"))
    }

    @Test("a property of one kind of client reaches that kind only: a consumer's setting does not touch the producer")
    func propertiesByRole() throws {
        // Out of range, so applying it fails: the consumer must refuse it, the producer must never see it.
        let kafka = KafkaConfiguration(properties: ["fetch.wait.max.ms": "-5"])
        let error = try #require(throws: KafkaError.self) {
            try KafkaConsumer(configuration: kafka, options: ConsumerOptions(groupID: "g"), logger: logger)
        }
        #expect(error.description.contains("fetch.wait.max.ms"))
        _ = try KafkaProducer(configuration: kafka, logger: logger)
    }

    @Test("an invalid value for a known property is refused with the reason")
    func invalidValue() throws {
        let kafka = KafkaConfiguration(properties: ["security.protocol": "carrier-pigeon"])
        let error = try #require(throws: KafkaError.self) {
            try KafkaConsumer(configuration: kafka, options: ConsumerOptions(groupID: "g"), logger: logger)
        }
        #expect(error.description.contains("security.protocol=carrier-pigeon"))
    }

    @Test("an unreachable bootstrap server gives an error within the timeout, not a hang")
    func unreachableBootstrap() throws {
        let kafka = KafkaConfiguration(bootstrapServers: "127.0.0.1:1")
        let producer = try KafkaProducer(configuration: kafka, logger: logger)
        let started = ContinuousClock.now
        let error = try #require(throws: KafkaError.self) { try producer.checkConnection(timeout: .seconds(2)) }
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(error.operation == "connect")
        #expect(error.description.contains("no broker answered"))
    }

    @Test("a stage runner pointed at nothing stops with an error instead of waiting forever")
    func runnerWithoutBroker() async throws {
        var configuration = StageRunnerConfiguration(stageName: "lonely", inputTopic: "in")
        configuration.connectionTimeout = .seconds(2)
        let runner = try StageRunner(
            configuration: configuration,
            kafka: KafkaConfiguration(bootstrapServers: "127.0.0.1:1", properties: ["socket.connection.setup.timeout.ms": "1000"]),
            handler: ClosureStageHandler { _ in [] },
            logger: logger
        )
        await #expect(throws: KafkaError.self) { try await runner.run() }
    }

    @Test("SASL_SSL settings against a broker without TLS fail at once, saying the TLS handshake failed; wrong SASL credentials say the broker refused them",
          arguments: [("SASL_SSL", "TLS handshake"), ("SASL_PLAINTEXT", "refused the credentials")])
    func securitySettingsFailClearly(protocolName: String, expected: String) throws {
        let test = try TestBroker(topics: ["in": 1], port: 0)
        var kafka = test.kafka
        kafka.properties = ["security.protocol": protocolName, "sasl.mechanisms": "SCRAM-SHA-512",
                            "sasl.username": "mash-risk", "sasl.password": "not-the-password"]
        let consumer = try KafkaConsumer(configuration: kafka, options: ConsumerOptions(groupID: "g"), logger: logger)
        let producer = try KafkaProducer(configuration: kafka, logger: logger)
        for client in [{ try consumer.checkConnection(timeout: .seconds(20)) }, { try producer.checkConnection(timeout: .seconds(20)) }] as [() throws -> Void] {
            let started = ContinuousClock.now
            let error = try #require(throws: KafkaError.self) { try client() }
            #expect(ContinuousClock.now - started < .seconds(10), "failed at once, not after the whole timeout")
            #expect(error.operation == "connect" && error.description.contains(expected), "\(error)")
            #expect(!error.description.contains("not-the-password"))
        }
    }
}
