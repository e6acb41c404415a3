import Foundation
import MASHCore
import MASHKafka
import MASHOperator
import MASHTestSupport
import MASHWorker
import Testing

/// The ledger the end-to-end tests and `mash chaos` wait on, on the example messages of `topics/examples`.
@Suite("Delivery ledger")
struct DeliveryLedgerTests {
    private func example(_ topic: String) throws -> [UInt8] {
        Array(try Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/\(topic).json")))
    }

    private func message(_ topic: String, _ value: [UInt8], key: String) -> ConsumedMessage {
        ConsumedMessage(topic: topic, partition: 0, offset: 0, key: nil, value: value, headers: [KafkaHeader(name: IdempotencyKey.header, string: key)])
    }

    @Test("an outcome read before its taskings leaves them awaited until each arrives")
    func taskingsAwaitedUntilRead() throws {
        let outcome = try MASHJSON.decode(Outcome.self, from: Data(try example("mash.outcome")))
        #expect(!outcome.taskings.isEmpty)
        var ledger = DeliveryLedger()
        ledger.add(message("mash.outcome", try example("mash.outcome"), key: "outcome"))
        #expect(ledger.referralsWithOutcome == 1)
        #expect(ledger.taskingsAwaited == outcome.taskings.count)

        for (index, listed) in outcome.taskings.enumerated() {
            var tasking = try MASHJSON.decode(Tasking.self, from: Data(try example("mash.tasking.police")))
            tasking.taskingId = listed.taskingId
            ledger.add(message("mash.tasking.police", try MASHJSON.encodeBytes(tasking), key: "tasking-\(index)"))
            #expect(ledger.taskingsAwaited == outcome.taskings.count - index - 1)
        }
        #expect(ledger.report(referralIds: [outcome.referralId]).isClean)
    }

    @Test("a replay differing only in processing times is faithful; one differing in content is named with its topic and fields")
    func replaysComparedFieldByField() throws {
        var outcome = try MASHJSON.decode(Outcome.self, from: Data(try example("mash.outcome")))
        var ledger = DeliveryLedger()
        ledger.add(message("mash.outcome", try MASHJSON.encodeBytes(outcome), key: "outcome"))
        outcome.decision.decidedAt = Timestamp(millisecondsSince1970: outcome.decision.decidedAt.millisecondsSince1970 + 5_000)
        ledger.add(message("mash.outcome", try MASHJSON.encodeBytes(outcome), key: "outcome"))
        var report = ledger.report(referralIds: [outcome.referralId])
        #expect(report.replayed == 1 && report.replaysWithDifferentContent == 0 && report.differingReplays.isEmpty, "\(report.lines)")

        outcome.caseId += "-other"
        ledger.add(message("mash.outcome", try MASHJSON.encodeBytes(outcome), key: "outcome"))
        report = ledger.report(referralIds: [outcome.referralId])
        #expect(report.replaysWithDifferentContent == 1)
        #expect(report.differingReplays == ["mash.outcome outcome: caseId"], "\(report.lines)")
        #expect(report.lines.contains("  differs: mash.outcome outcome: caseId"))
    }
}

@Suite("Delivery ledger: held proposals")
struct DeliveryLedgerHeldTests {
    private func message(_ topic: String, _ value: [UInt8], key: String) -> ConsumedMessage {
        ConsumedMessage(topic: topic, partition: 0, offset: 0, key: nil, value: value, headers: [KafkaHeader(name: IdempotencyKey.header, string: key)])
    }

    @Test("a proposal held for sign-off ends a referral; a second different proposal for it is acted on twice")
    func heldProposalsEndReferrals() throws {
        let example = Array(try Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/mash.review.json")))
        var review = try MASHJSON.decode(Review.self, from: Data(example))
        var ledger = DeliveryLedger()
        ledger.add(message("mash.review", example, key: "review-1"))
        #expect(ledger.referralsEnded == 1 && ledger.referralsWithOutcome == 0)
        let report = ledger.report(referralIds: [review.referralId])
        #expect(report.isClean && report.held == 1 && report.lost == 0, "\(report.lines)")
        review.reviewId += "-other"
        ledger.add(message("mash.review", try MASHJSON.encodeBytes(review), key: "review-2"))
        #expect(ledger.report(referralIds: [review.referralId]).actedOnTwice == 1)
    }
}

@Suite("Referral intake keys")
struct ReferralIntakeKeyTests {
    @Test("a referral goes under its id; a document without one under the SHA-256 of its bytes, never no key")
    func everyDocumentHasAKey() {
        let referral = Array(#"{"referralId":"REF-1","x":1}"#.utf8)
        #expect(ReferralIntake.partitionKey(of: referral) == Array("REF-1".utf8))
        let unreadable = Array("not json at all".utf8)
        #expect(ReferralIntake.partitionKey(of: unreadable) == Array(SHA256.hex(unreadable).utf8))
        #expect(ReferralIntake.partitionKey(of: Array("other".utf8)) != ReferralIntake.partitionKey(of: unreadable))
    }
}
