import Dispatch
import Logging
import Synchronization

extension StageRunner {
    /// One transaction per batch: the outputs and the input offsets commit together. On an abortable error
    /// the transaction is aborted and the consumer rewound to the batch's first offsets (which are the
    /// committed ones, since every earlier batch committed), so the batch is read and processed again.
    func processExactlyOnce(_ batch: [ConsumedMessage]) throws(KafkaError) {
        let started = ContinuousClock.now
        let planned = plan(batch)
        statistics.recordHandling(ContinuousClock.now - started)
        let failures = Mutex<[DeliveryFailure.Entry]>([])
        let reported = DispatchSemaphore(value: 0)
        var enqueued = false
        do {
            try producer.beginTransaction()
            enqueued = true
            producer.enqueue(planned.map(\.stampedRecord)) { entries in
                failures.withLock { $0 = entries }
                reported.signal()
            }
            try producer.sendOffsetsToTransaction(nextOffsets(of: batch), consumer: consumer, timeout: .seconds(30))
            try commitTransaction()
            let deadLettered = Set(planned.filter(\.isDeadLetter).map(\.input)).count
            let reasons = Dictionary(planned.compactMap { output in output.deadLetterReason.map { (output.input, $0) } }, uniquingKeysWith: { first, _ in first })
            statistics.recordBatch(consumed: batch.count, produced: planned.count, deadLettered: deadLettered, took: ContinuousClock.now - started,
                                   deadLetterReasons: Array(reasons.values))
            for (partition, offset) in nextOffsets(of: batch) {
                if let high = consumer.cachedHighWatermark(of: partition) { statistics.recordLag(partition, high - offset) }
            }
        } catch {
            if error.isFatal { throw error }
            logger.warning(
                "mash.stage.transaction.aborted",
                metadata: ["mash.stage": .string(configuration.stageName), "kafka.error.reason": .string(error.description)]
            )
            try producer.abortTransaction(timeout: .seconds(30))
            // Aborting purges what was queued, so every delivery report arrives soon after.
            if enqueued { _ = reported.wait(timeout: .now() + .seconds(30)) }
            rememberUndeliverable(failures.withLock { $0 }, planned: planned, batch: batch)
            rewind(to: firstOffsets(of: batch))
            statistics.recordRedelivery()
        }
    }

    /// Commits, trying again while librdkafka says a retry may succeed.
    private func commitTransaction() throws(KafkaError) {
        var attempts = 0
        while true {
            do {
                try producer.commitTransaction(timeout: .seconds(60))
                return
            } catch where error.isRetriable && !error.requiresAbort && attempts < 5 {
                attempts += 1
            }
        }
    }

    private func rememberUndeliverable(_ failures: [DeliveryFailure.Entry], planned: [PlannedOutput], batch: [ConsumedMessage]) {
        for failure in failures where failure.error.isPermanentDeliveryFailure {
            let output = planned[failure.index]
            guard !output.isDeadLetter else { continue }
            undeliverable[MessageIdentity(batch[output.input])] =
                .deadLetter("output to \(output.record.topic) could not be delivered: \(failure.error)")
        }
    }
}
