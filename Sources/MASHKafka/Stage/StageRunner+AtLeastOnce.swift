import Foundation
import Logging

extension StageRunner {
    /// Delivers every output (retrying what failed, dead-lettering inputs whose outputs can never be
    /// delivered), then commits the batch's offsets. Stopping while deliveries keep failing abandons the
    /// batch uncommitted, so it is read again, with the same idempotency keys, after a restart.
    func processAtLeastOnce(_ batch: [ConsumedMessage]) throws(KafkaError) {
        let started = ContinuousClock.now
        var pending = plan(batch)
        statistics.recordHandling(ContinuousClock.now - started)
        var deadLetteredInputs = Set(pending.filter(\.isDeadLetter).map(\.input))
        var reasons = Dictionary(pending.compactMap { output in output.deadLetterReason.map { (output.input, $0) } }, uniquingKeysWith: { first, _ in first })
        var produced = 0
        var backoff = Duration.milliseconds(100)
        while !pending.isEmpty {
            let failures = producer.deliver(pending.map(\.record))
            produced += pending.count - failures.count
            if failures.isEmpty { break }
            pending = retryPlan(after: failures, of: pending, batch: batch, deadLetteredInputs: &deadLetteredInputs)
            for input in deadLetteredInputs where reasons[input] == nil { reasons[input] = "undeliverable" }
            statistics.recordRedelivery()
            logger.warning(
                "mash.stage.delivery.failed",
                metadata: [
                    "mash.stage": .string(configuration.stageName),
                    "mash.delivery.failed": .stringConvertible(failures.count),
                    "kafka.error.reason": .string(failures[0].error.description),
                ]
            )
            if isStopping {
                logger.warning("mash.stage.batch.abandoned", metadata: ["mash.stage": .string(configuration.stageName)])
                return
            }
            Thread.sleep(forTimeInterval: Double(backoff.milliseconds) / 1000)
            backoff = min(backoff * 2, .seconds(5))
        }
        let next = nextOffsets(of: batch)
        commitAfterDelivery(next)
        for (partition, offset) in next {
            if let high = consumer.cachedHighWatermark(of: partition) { statistics.recordLag(partition, high - offset) }
        }
        statistics.recordBatch(consumed: batch.count, produced: produced, deadLettered: deadLetteredInputs.count, took: ContinuousClock.now - started,
                               deadLetterReasons: Array(reasons.values))
    }

    /// What to send again: transient failures as they were; outputs refused for good are replaced by one
    /// dead letter for their input.
    private func retryPlan(
        after failures: [DeliveryFailure.Entry],
        of pending: [PlannedOutput],
        batch: [ConsumedMessage],
        deadLetteredInputs: inout Set<Int>
    ) -> [PlannedOutput] {
        var next: [PlannedOutput] = []
        for failure in failures {
            let output = pending[failure.index]
            guard failure.error.isPermanentDeliveryFailure else {
                next.append(output)
                continue
            }
            if output.isDeadLetter {
                // No input may stop its partition: a letter that cannot be delivered is cut to the input's
                // place, size and digest; if even that cannot be, the input is logged as poison and passed.
                if output.isMinimal {
                    logPoison(batch[output.input], error: failure.error)
                } else {
                    next.append(deadLetter(batch[output.input], input: output.input,
                                           reason: "dead letter could not be delivered (\(failure.error)); kept: place, size and digest",
                                           minimal: true))
                }
                continue
            }
            guard deadLetteredInputs.insert(output.input).inserted else { continue }
            let reason = "output to \(output.record.topic) could not be delivered: \(failure.error)"
            next.append(deadLetter(batch[output.input], input: output.input, reason: reason))
        }
        return next
    }

    /// Records an input whose dead letter, cut to the minimum, still could not be delivered: it is passed
    /// over, and this log line is where it is found again.
    private func logPoison(_ message: ConsumedMessage, error: KafkaError) {
        statistics.recordPoison()
        logger.error(
            "mash.stage.poison",
            metadata: [
                "mash.stage": .string(configuration.stageName),
                "mash.source.topic": .string(message.topic),
                "mash.source.partition": .stringConvertible(message.partition),
                "mash.source.offset": .stringConvertible(message.offset),
                "kafka.error.reason": .string(error.description),
            ]
        )
    }

    /// A commit that fails because the group moved on is not fatal: the partition's new owner replays the
    /// batch, and the idempotency keys mark the replays.
    private func commitAfterDelivery(_ offsets: [TopicPartition: Int64]) {
        do {
            try consumer.commit(offsets)
        } catch {
            statistics.recordCommitFailure()
            logger.warning(
                "mash.stage.commit.failed",
                metadata: ["mash.stage": .string(configuration.stageName), "kafka.error.reason": .string(error.description)]
            )
        }
    }
}
