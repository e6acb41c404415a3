import Logging
import MASHCore
import MASHKafka
import MASHStages

/// Drives pure pipeline stages from the Kafka stage runner: a message goes to the stage that reads its
/// topic, as a `StageInput`, and the stage's records become producer records.
public struct PipelineStageHandler: StageHandler {
    /// The stages, by the topic each reads.
    let stages: [String: any PipelineStage]
    let logger: Logger
    /// Sees every input's records as soon as the stage returns them (the referral register uses it).
    let onRecords: @Sendable ([StageRecord]) -> Void

    /// A handler for `stages`, which must read different topics.
    public init(stages: [any PipelineStage], logger: Logger, onRecords: @escaping @Sendable ([StageRecord]) -> Void = { _ in }) {
        self.stages = Dictionary(stages.map { ($0.inputTopic.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        self.logger = logger
        self.onRecords = onRecords
    }

    public func handle(_ message: ConsumedMessage) throws -> [ProducerRecord] {
        guard let stage = stages[message.topic] else {
            throw StageRejection(reason: "\(message.topic): no stage of this worker reads it")
        }
        let now = Timestamp.now
        let ingestedAt = message.timestampMilliseconds.map(Timestamp.init(millisecondsSince1970:)) ?? now
        let records = try stage.process(StageInput(value: message.value, ingestedAt: ingestedAt, now: now))
        onRecords(records)
        if logger.logLevel <= .debug {
            logger.debug(
                "mash.case.processed",
                metadata: [
                    "mash.stage.input": .string(message.topic),
                    "mash.case.key": .string(records.first?.key ?? ""),
                    "mash.outputs": .string(records.map(\.topic).joined(separator: ",")),
                ]
            )
        }
        return records.map { ProducerRecord(topic: $0.topic, key: $0.key, value: $0.value) }
    }
}
