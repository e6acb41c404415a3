import Logging
import MASHCore
import MASHKafka
import MASHStages

/// Drives a pure pipeline stage from the Kafka stage runner: the message becomes a `StageInput`, the
/// stage's records become producer records.
public struct PipelineStageHandler<Stage: PipelineStage>: StageHandler {
    public let stage: Stage
    let logger: Logger
    /// Sees every input's records as soon as the stage returns them (the referral register uses it).
    let onRecords: @Sendable ([StageRecord]) -> Void

    public init(stage: Stage, logger: Logger, onRecords: @escaping @Sendable ([StageRecord]) -> Void = { _ in }) {
        self.stage = stage
        self.logger = logger
        self.onRecords = onRecords
    }

    public func handle(_ message: ConsumedMessage) throws -> [ProducerRecord] {
        let now = Timestamp.now
        let ingestedAt = message.timestampMilliseconds.map(Timestamp.init(millisecondsSince1970:)) ?? now
        let records = try stage.process(StageInput(value: message.value, ingestedAt: ingestedAt, now: now))
        onRecords(records)
        if logger.logLevel <= .debug {
            logger.debug(
                "mash.case.processed",
                metadata: [
                    "mash.stage.input": .string(stage.inputTopic.rawValue),
                    "mash.case.key": .string(records.first?.key ?? ""),
                    "mash.outputs": .string(records.map(\.topic).joined(separator: ",")),
                ]
            )
        }
        return records.map { ProducerRecord(topic: $0.topic, key: $0.key, value: $0.value) }
    }
}
