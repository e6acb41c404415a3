import Dispatch
import Foundation
import Logging

/// One record the runner will produce for a batch, and the input it answers.
struct PlannedOutput {
    let input: Int
    /// The record as the handler (or the dead letter) made it, without the hub's own headers.
    var record: ProducerRecord
    let isDeadLetter: Bool
    /// Its idempotency key and trace, added as headers when it is produced.
    var stamp: OutputStamp? = nil
    /// A dead letter cut to the input's place, size and digest, after the full one could not be delivered.
    var isMinimal = false
    /// Why its input is dead-lettered, for the metrics: `rejected` (the stage refused it) or `undeliverable`
    /// (its outputs could never be delivered); nil for an ordinary output.
    var deadLetterReason: String? = nil

    /// The record with its stamp's headers, as it goes on the wire.
    var stampedRecord: ProducerRecord {
        guard let stamp else { return record }
        var record = record
        record.headers += stamp.headers
        return record
    }
}

extension StageRunner {
    /// Every output of the batch, stamped with idempotency keys and trace context; inputs the handler
    /// rejects become dead letters. Inputs are handled and stamped on up to `handlerThreads` threads while
    /// handling an input costs enough to be worth it (`HandlingCost`); outputs are in input order however many
    /// there are.
    func plan(_ batch: [ConsumedMessage]) -> [PlannedOutput] {
        var refused: [Int: UndeliverableInput] = [:]
        if !undeliverable.isEmpty {
            for (index, message) in batch.enumerated() {
                if let verdict = undeliverable.removeValue(forKey: MessageIdentity(message)) { refused[index] = verdict }
            }
        }
        let threads = handlingCost.threads(for: batch.count, configured: configuration.handlerThreads)
        let started = ContinuousClock.now
        defer { handlingCost.record(ContinuousClock.now - started, inputs: batch.count, threads: threads) }
        guard threads > 1 else {
            var planned: [PlannedOutput] = []
            planned.reserveCapacity(batch.count)
            for index in batch.indices { plan(batch[index], at: index, refused: refused[index], into: &planned) }
            return planned
        }
        var perInput = [[PlannedOutput]](repeating: [], count: batch.count)
        let refusedInputs = refused
        perInput.withUnsafeMutableBufferPointer { buffer in
            // Each thread writes only its own indices.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                for index in stride(from: thread, to: batch.count, by: threads) {
                    plan(batch[index], at: index, refused: refusedInputs[index], into: &slots[index])
                }
            }
        }
        return Array(perInput.joined())
    }

    /// Appends the outputs of one input: the handler's records stamped, or its dead letter; none for an input
    /// passed over.
    private func plan(_ message: ConsumedMessage, at index: Int, refused: UndeliverableInput?, into planned: inout [PlannedOutput]) {
        let base = IdempotencyKey.baseKey(of: message, fromOutside: configuration.inputsFromOutside)
        if let refused {
            switch refused {
            case .deadLetter(let reason), .minimalDeadLetter(let reason):
                var letter = deadLetter(message, input: index, base: base, reason: reason, minimal: refused.isMinimal)
                letter.deadLetterReason = "undeliverable"
                planned.append(letter)
            case .passOver(let error):
                logPoison(message, error: error)
            }
            return
        }
        do {
            let records = try handler.handle(message)
            let trace = TraceContext.traceID(input: message, inputKey: base)
            for position in records.indices {
                planned.append(stamped(records[position], input: index, base: base, trace: trace, position: position))
            }
        } catch {
            var letter = deadLetter(message, input: index, base: base, reason: String(describing: error))
            letter.deadLetterReason = "rejected"
            planned.append(letter)
        }
    }

    /// The dead letter for an input, logged as it is made; `minimal` keeps only the input's place, size and
    /// digest (for when the full letter could not be delivered).
    func deadLetter(_ message: ConsumedMessage, input: Int, base: HexKey? = nil, reason: String, minimal: Bool = false) -> PlannedOutput {
        logger.warning(
            "mash.stage.dead-lettered",
            metadata: [
                "mash.stage": .string(configuration.stageName),
                "mash.source.topic": .string(message.topic),
                "mash.source.partition": .stringConvertible(message.partition),
                "mash.source.offset": .stringConvertible(message.offset),
                "mash.dead-letter.reason": .string(String(reason.prefix(500))),
            ]
        )
        let letter = DeadLetter(reason: String(reason.prefix(minimal ? 1_000 : 64 * 1024)), stage: configuration.stageName, message: message,
                                keepingBytes: configuration.deadLetterKeepsBytes && !minimal)
        // Encoding plain strings and integers cannot fail.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let value = (try? encoder.encode(letter)).map(Array.init) ?? []
        let inputBase = base ?? IdempotencyKey.baseKey(of: message, fromOutside: configuration.inputsFromOutside)
        // A keyless input's letter is keyed by its input's identity: librdkafka would put keyless messages on
        // one "sticky" partition at a time, and a burst of bad input would pile onto it.
        let record = ProducerRecord(
            topic: configuration.deadLetterTopic, key: message.key.map(DeadLetter.letterKey) ?? inputBase.withUnsafeBytes { Array($0) }, value: value
        )
        let stamp = OutputStamp(
            key: IdempotencyKey.derive(base: inputBase, topic: record.topic, index: 0), trace: TraceContext.traceID(input: message, inputKey: inputBase)
        )
        return PlannedOutput(input: input, record: record, isDeadLetter: true, stamp: stamp, isMinimal: minimal)
    }

    /// The output with its stamp: its idempotency key and its input's trace (computed once per input). The
    /// stamp's headers are written when it is produced; headers of the same names the handler set are dropped.
    private func stamped(_ record: ProducerRecord, input: Int, base: HexKey, trace: HexKey, position: Int) -> PlannedOutput {
        let stamp = OutputStamp(key: IdempotencyKey.derive(base: base, topic: record.topic, index: position), trace: trace)
        guard !record.headers.isEmpty else { return PlannedOutput(input: input, record: record, isDeadLetter: false, stamp: stamp) }
        var record = record
        record.headers.removeAll { $0.name == IdempotencyKey.header || $0.name == TraceContext.header }
        return PlannedOutput(input: input, record: record, isDeadLetter: false, stamp: stamp)
    }

    /// The next offset to read on each partition once the batch is done.
    func nextOffsets(of batch: [ConsumedMessage]) -> [TopicPartition: Int64] {
        var offsets: [TopicPartition: Int64] = [:]
        for message in batch {
            let partition = TopicPartition(topic: message.topic, partition: message.partition)
            offsets[partition] = max(offsets[partition] ?? 0, message.offset + 1)
        }
        return offsets
    }

    /// The first offset of each partition in the batch: where to go back to if it has to be read again.
    func firstOffsets(of batch: [ConsumedMessage]) -> [TopicPartition: Int64] {
        var offsets: [TopicPartition: Int64] = [:]
        for message in batch {
            let partition = TopicPartition(topic: message.topic, partition: message.partition)
            offsets[partition] = min(offsets[partition] ?? .max, message.offset)
        }
        return offsets
    }
}
