import Foundation
import Logging
import MASHCore

/// What becomes of an input whose outputs a broker refused for good, on its next reading.
enum UndeliverableInput {
    /// It is dead-lettered, with this reason, instead of handled.
    case deadLetter(String)
    /// Its dead letter could not be delivered either: a letter cut to its place, size and digest.
    case minimalDeadLetter(String)
    /// Not even that could be: it is logged as poison and passed over, so it never stops its partition.
    case passOver(KafkaError)

    var isMinimal: Bool {
        if case .minimalDeadLetter = self { true } else { false }
    }
}

// At-least-once, pipelined: batches are sent without waiting for the ones before; input offsets are committed,
// without waiting, for the prefix of batches whose every output is acknowledged. A permanent failure stops the
// pipeline: what is in flight drains, the consumer goes back to the first unacknowledged batch, and that batch
// and the later ones are read again (their idempotency keys mark the replays), the refused input becoming a
// dead letter. Revoke and shutdown drain and commit synchronously.
extension StageRunner {
    /// Plans a batch and hands its outputs to librdkafka without waiting for their delivery.
    func send(_ batch: [ConsumedMessage]) {
        let started = ContinuousClock.now
        let planned = plan(batch)
        statistics.recordHandling(ContinuousClock.now - started)
        var bytes = 0
        for index in batch.indices { bytes += batch[index].valueBytes.count }
        for index in planned.indices { bytes += planned[index].record.valueBytes.count }
        let first = pipeline.admit(batch, outputs: planned, bytes: bytes, started: started)
        // By index: iterating would copy each output (and retain what it holds) on the way.
        for index in planned.indices {
            let sequence = first + UInt64(index)
            if let refusal = producer.produce(planned[index].record, stamp: planned[index].stamp, sequence: sequence) {
                pipeline.record(sequence: sequence, error: refusal)
            }
        }
    }

    /// Takes the delivery reports that have come (waiting up to `wait` for some), commits the delivered prefix,
    /// and recovers from a failed batch at the front.
    func settle(waitingUpTo wait: Duration = .zero) {
        for report in producer.serveReports(timeout: wait) { pipeline.record(sequence: report.sequence, error: report.error) }
        let delivered = pipeline.takeDelivered()
        if !delivered.isEmpty { record(delivered) }
        // One commit per interval at most while work is in flight: each is a request to the group's
        // coordinator, and on a connection with one request in flight (the embedded broker's) it holds up the
        // fetches behind it. Once everything read is delivered, the commit goes at once: a runner that has
        // caught up should not leave its progress uncommitted until the interval comes round.
        let due = pipeline.isEmpty || ContinuousClock.now - lastCommit >= configuration.commitInterval
        if !uncommittedOffsets.isEmpty, due {
            commitDelivered(uncommittedOffsets, waiting: false)
            uncommittedOffsets.removeAll(keepingCapacity: true)
            lastCommit = .now
        }
        if pipeline.hasFailedFront { readFailedBatchesAgain() }
    }

    /// Waits until every output in flight has its report, settles, and commits every delivered offset
    /// synchronously (again, in case an earlier commit sent without waiting was refused). What is still
    /// unreported after `timeout` stays uncommitted, to be read again.
    func drainAndCommit(within timeout: Duration) {
        let deadline = ContinuousClock.now + timeout
        while pipeline.isWaiting, ContinuousClock.now < deadline {
            for report in producer.serveReports(timeout: .milliseconds(10)) { pipeline.record(sequence: report.sequence, error: report.error) }
        }
        settle()
        commitDelivered(deliveredOffsets, waiting: true)
        uncommittedOffsets.removeAll()
        guard !pipeline.isEmpty else { return }
        logger.warning(
            "mash.stage.batch.abandoned",
            metadata: ["mash.stage": .string(configuration.stageName), "mash.stage.batches": .stringConvertible(pipeline.batches.count)]
        )
        _ = pipeline.takeAll()
    }

    /// Partitions are leaving this copy: everything in flight is delivered and committed before they go, so
    /// their next owner starts where this copy finished (a broker that refuses commits while the group
    /// rebalances makes the next owner read some again; the idempotency keys mark those replays).
    func drainBeforeRevoke() {
        drainAndCommit(within: configuration.drainTimeout)
        // Offsets of partitions this copy may never own again must not be committed later.
        deliveredOffsets.removeAll()
    }

    /// Notes delivered batches: their offsets are due for commit, and they count as done.
    private func record(_ delivered: [InFlightBatch]) {
        let offsets = delivered.nextOffsets
        deliveredOffsets.merge(offsets) { Swift.max($0, $1) }
        uncommittedOffsets.merge(offsets) { Swift.max($0, $1) }
        for batch in delivered {
            let deadLettered = Dictionary(batch.outputs.compactMap { output in output.deadLetterReason.map { (output.input, $0) } },
                                          uniquingKeysWith: { first, _ in first })
            statistics.recordBatch(consumed: batch.messages.count, produced: batch.outputs.count, deadLettered: deadLettered.count,
                                   took: ContinuousClock.now - batch.started, deadLetterReasons: Array(deadLettered.values))
        }
        for (partition, offset) in offsets {
            if let high = consumer.cachedHighWatermark(of: partition) { statistics.recordLag(partition, high - offset) }
        }
    }

    private func commitDelivered(_ offsets: [TopicPartition: Int64], waiting: Bool) {
        guard !offsets.isEmpty else { return }
        do {
            try consumer.commit(offsets, waiting: waiting)
        } catch {
            // Not fatal: a partition that moved is replayed by its new owner, and the idempotency keys mark
            // the replays.
            statistics.recordCommitFailure()
            logger.warning(
                "mash.stage.commit.failed",
                metadata: ["mash.stage": .string(configuration.stageName), "kafka.error.reason": .string(error.description)]
            )
        }
    }

    /// The oldest batch lost outputs: drain the rest, note what was refused for good, and go back to read the
    /// failed batch and every later one again.
    private func readFailedBatchesAgain() {
        let deadline = ContinuousClock.now + configuration.drainTimeout
        while pipeline.isWaiting, ContinuousClock.now < deadline {
            for report in producer.serveReports(timeout: .milliseconds(10)) { pipeline.record(sequence: report.sequence, error: report.error) }
        }
        let batches = pipeline.takeAll()
        var transient: KafkaError?
        var failed = 0
        for batch in batches {
            for (output, error) in batch.failures {
                failed += 1
                if error.isPermanentDeliveryFailure {
                    noteRefused(batch.outputs[output], of: batch.messages[batch.outputs[output].input], error: error)
                } else {
                    transient = transient ?? error
                }
            }
        }
        statistics.recordRedelivery()
        logger.warning(
            "mash.stage.delivery.failed",
            metadata: [
                "mash.stage": .string(configuration.stageName),
                "mash.delivery.failed": .stringConvertible(failed),
                "mash.stage.batches.replayed": .stringConvertible(batches.count),
                "kafka.error.reason": .string((transient ?? batches.lazy.flatMap(\.failures).first?.error)?.description ?? ""),
            ]
        )
        rewind(to: batches.firstOffsets)
        // A broker refusing for now (not for good) is given time before the same outputs go again.
        if transient != nil {
            Thread.sleep(forTimeInterval: redeliveryBackoff.seconds)
            redeliveryBackoff = min(redeliveryBackoff * 2, .seconds(5))
        } else {
            redeliveryBackoff = .milliseconds(100)
        }
    }

    /// What the input of an output refused for good becomes when it is read again: a dead letter; a letter
    /// cut to the minimum if the full one was refused; passed over if even that was.
    private func noteRefused(_ output: OutputMark, of input: ConsumedMessage, error: KafkaError) {
        let identity = MessageIdentity(input)
        if !output.isDeadLetter {
            guard undeliverable[identity] == nil else { return }
            undeliverable[identity] = .deadLetter("output to \(output.topic) could not be delivered: \(error)")
        } else if !output.isMinimal {
            undeliverable[identity] = .minimalDeadLetter("dead letter could not be delivered (\(error)); kept: place, size and digest")
        } else {
            undeliverable[identity] = .passOver(error)
        }
    }

    /// Records an input whose dead letter, cut to the minimum, still could not be delivered: it is passed
    /// over, and this log line is where it is found again.
    func logPoison(_ message: ConsumedMessage, error: KafkaError) {
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

    func rewind(to offsets: [TopicPartition: Int64]) {
        do {
            try consumer.seek(offsets)
        } catch {
            // The partitions moved to another member, which starts from the committed offsets anyway.
            logger.warning(
                "mash.stage.rewind.failed",
                metadata: ["mash.stage": .string(configuration.stageName), "kafka.error.reason": .string(error.description)]
            )
        }
    }
}
