import ArgumentParser
import Foundation
import MASHKafka
import MASHWorker

/// A no-op stage: copies each input to the output topic through the same stage runner the workers use.
/// It measures the ceiling the broker and the Kafka layer set, and it is the crash tests' subject.
struct RelayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relay",
        abstract: "Copy every message from one topic to another through the stage runner (a no-op stage)."
    )

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var stage: StageOptions

    @Option(help: "Topic to consume.")
    var input: String

    @Option(help: "Topic to produce.")
    var output: String

    @Option(help: "Stage name, for logs, dead letters and the default group id.")
    var name: String = "relay"

    @Option(name: .customLong("reject-marker"), help: "Dead-letter inputs whose value contains this text (for tests).")
    var rejectMarker: String?

    @Option(help: "Inputs of a batch copied and stamped at once, each on its own thread (a copy depends on nothing else; order is kept).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.\(name)")
        let output = self.output
        let marker = rejectMarker.map { Array($0.utf8) }
        let handler = ClosureStageHandler { message in
            if let marker, message.value.contains(marker) {
                throw RelayRejection(offset: message.offset)
            }
            // The input's bytes, as they were read: no copies on the way through.
            return [ProducerRecord(topic: output, keyBytes: message.keyBytes, valueBytes: message.valueBytes)]
        }
        var settings = try StageWorkerSettings.from(kafka: kafka, stage: stage, name: name, inputTopics: [input])
        settings.runner.handlerThreads = max(1, threads)
        try await buildStageWorker(handler: handler, settings: settings, logger: logger).run()
    }
}

struct RelayRejection: Error, CustomStringConvertible {
    let offset: Int64
    var description: String { "message at offset \(offset) carries the reject marker" }
}

extension Array where Element == UInt8 {
    fileprivate func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        return (0...(count - needle.count)).contains { start in self[start..<(start + needle.count)].elementsEqual(needle) }
    }
}
