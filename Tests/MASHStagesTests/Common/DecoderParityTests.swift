import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// Every kind of message the stages write, read by `StreamingJSONDecoder` and by Foundation's decoder:
/// both give the same value, which writes back to the same bytes.
struct DecoderParityTests {
    static let ingestedAt = Timestamp(iso8601: "2026-06-01T10:00:00.000Z")!

    /// Reads `bytes` as `Message` both ways and checks the values agree and write back to `bytes`.
    static func check<Message: Codable & Equatable>(_ type: Message.Type, _ bytes: [UInt8], topic: String) throws {
        let ours = try StreamingJSONDecoder().decode(type, from: bytes)
        let foundation = try JSONDecoder().decode(type, from: Data(bytes))
        #expect(ours == foundation, "\(topic): the decoders disagree")
        #expect(try StreamingJSONEncoder().encode(ours) == bytes, "\(topic): does not write back to the same bytes")
    }

    @Test func everyMessageTheStagesWriteReadsTheSameBothWays() throws {
        var generator = CaseGenerator(seed: 0xDEC0_DE01)
        var topics: [String: Int] = [:]
        for index in 0..<150 {
            let generated = generator.next(index)
            try Self.check(Referral.self, Array(try MASHJSON.encode(generated.referral)), topic: PipelineTopic.referral.rawValue)
            let run = try Pipeline().run(generated, ingestedAt: Self.ingestedAt, now: Self.ingestedAt.adding(minutes: 5))
            for record in run.records {
                topics[record.topic, default: 0] += 1
                switch PipelineTopic(rawValue: record.topic) {
                case .research, .riskAssessment, .decision: try Self.check(CaseFile.self, record.value, topic: record.topic)
                case .taskingPolice, .taskingSocialCare, .taskingHealth: try Self.check(Tasking.self, record.value, topic: record.topic)
                case .outcome: try Self.check(Outcome.self, record.value, topic: record.topic)
                case .audit: try Self.check(AuditRecord.self, record.value, topic: record.topic)
                case .review: try Self.check(Review.self, record.value, topic: record.topic)
                case .heldDecisions: try Self.check(HeldDecision.self, record.value, topic: record.topic)
                case .childHistory: try Self.check(ChildHistoryEntry.self, record.value, topic: record.topic)
                case .referralRegister: try Self.check(ReferralRegistration.self, record.value, topic: record.topic)
                case .escalation: try Self.check(Escalation.self, record.value, topic: record.topic)
                default: Issue.record("no message type for \(record.topic)")
                }
            }
        }
        // Not vacuous: the kinds that carry most of the hub's bytes were all read.
        for topic: PipelineTopic in [.research, .riskAssessment, .decision, .taskingPolice, .taskingSocialCare, .outcome, .audit] {
            #expect(topics[topic.rawValue, default: 0] > 10, "only \(topics[topic.rawValue, default: 0]) on \(topic)")
        }
    }
}
