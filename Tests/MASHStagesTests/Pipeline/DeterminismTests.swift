import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// A replay gives the same outputs: identical bytes at the same processing time, and identical apart
/// from the stage timestamps (and the decision and audit times they equal, and the audit hashes that
/// cover them) at another.
@Suite struct DeterminismTests {
    private let ingestedAt = Timestamp(iso8601: "2026-03-01T09:20:00.000Z")!
    private let firstRun = Timestamp(iso8601: "2026-03-01T09:20:01.234Z")!
    private let replay = Timestamp(iso8601: "2027-11-30T23:59:58.765Z")!

    /// The records' topics, keys and values, with the processing time written as "<now>" and audit hashes,
    /// which cover it, as "<hash>".
    private func withoutProcessingTime(_ records: [StageRecord], now: Timestamp) -> [String] {
        let hashes = try! Regex(#""(hash|previousHash|auditHead)":"[0-9a-f]{64}""#)
        return records.map { record in
            let value = String(decoding: record.value, as: UTF8.self).replacingOccurrences(of: now.iso8601, with: "<now>")
                .replacing(hashes) { "\"\($0.output[1].substring ?? "")\":\"<hash>\"" }
            return "\(record.topic) \(record.key) \(value)"
        }
    }

    @Test func aReplayProducesTheSameOutputsApartFromProcessingTimes() throws {
        var generator = CaseGenerator(seed: 20_260_301)
        var compared = 0
        for index in 0..<60 {
            let generated = generator.next(index)
            let first = try Pipeline().run(generated, ingestedAt: ingestedAt, now: firstRun)
            let same = try Pipeline().run(generated, ingestedAt: ingestedAt, now: firstRun)
            #expect(first.records == same.records)
            let later = try Pipeline().run(generated, ingestedAt: ingestedAt, now: replay)
            #expect(withoutProcessingTime(first.records, now: firstRun) == withoutProcessingTime(later.records, now: replay))
            // The processing time appears only where a stage records it.
            #expect(first.records.contains { String(decoding: $0.value, as: UTF8.self).contains(firstRun.iso8601) })
            compared += first.records.count
        }
        #expect(compared > 200)
    }

    @Test func theProcessingTimeIsOnlyInStageTimestampsDecisionAndAuditTimes() throws {
        var generator = CaseGenerator(seed: 99)
        let run = try Pipeline().run(generator.next(0), ingestedAt: ingestedAt, now: firstRun)
        for record in run.records {
            let document = try JSONValue.parse(Data(record.value))
            var paths: [String] = []
            collect(document, path: "", into: &paths)
            let allowed = paths.allSatisfy { path in
                ["timestamps.referral", "timestamps.research", "timestamps.risk", "timestamps.decision", "decision.decidedAt", "at", "heldAt"]
                    .contains { path == $0 || path.hasSuffix("." + $0) }
            }
            #expect(allowed, "\(record.topic): processing time at \(paths)")
        }
    }

    private func collect(_ value: JSONValue, path: String, into paths: inout [String]) {
        switch value {
        case .string(let text) where text == firstRun.iso8601: paths.append(path)
        case .object(let members): for (key, member) in members { collect(member, path: path.isEmpty ? key : "\(path).\(key)", into: &paths) }
        case .array(let elements): for element in elements { collect(element, path: path, into: &paths) }
        default: break
        }
    }
}
