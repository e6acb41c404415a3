import Foundation
import MASHCore
import MASHKafka

/// Every message a run put on the hub's output topics, replays included, checked against the referrals
/// that went in: nothing lost, nothing acted on twice, every replay identical to its original apart from
/// processing timestamps. A referral ends with an outcome, or with its proposal held for a person on
/// `mash.review` (nothing is tasked until someone signs it off).
public struct DeliveryLedger: Sendable {
    /// Per idempotency key: the digests of the first copy's fields, and how many copies came.
    private var copies: [String: (fields: [String: String], count: Int)] = [:]
    private var mismatchedKeys: Set<String> = []
    /// For the first few keys whose copies differ: where, and in which fields.
    private var differences: [String] = []
    private var outcomeKeysByReferral: [String: Set<String>] = [:]
    private var reviewIdsByReferral: [String: Set<String>] = [:]
    private var listedTaskings: Set<String> = []
    private var deliveredTaskings: Set<String> = []
    private var deadLetterKeys: Set<String> = []
    private var messages = 0

    /// How many differing replays a report describes.
    static let differencesKept = 5

    public init() {}

    /// The topics a ledger reads.
    public static let topics: [PipelineTopic] = [.outcome, .review, .taskingPolice, .taskingSocialCare, .taskingHealth, .audit, .deadLetter]

    public mutating func add(_ message: ConsumedMessage) {
        messages += 1
        guard let key = message.header(IdempotencyKey.header)?.stringValue else {
            mismatchedKeys.insert("(no idempotency key) \(message.topic)[\(message.partition)]@\(message.offset)")
            return
        }
        let fields = ProcessingTimestamps.fieldDigests(of: message.value)
        if let earlier = copies[key] {
            copies[key] = (earlier.fields, earlier.count + 1)
            if earlier.fields != fields, mismatchedKeys.insert(key).inserted, differences.count < Self.differencesKept {
                let names = Set(earlier.fields.keys).union(fields.keys).filter { earlier.fields[$0] != fields[$0] }.sorted()
                differences.append("\(message.topic) \(key): \(names.map { $0.isEmpty ? "(whole value)" : $0 }.joined(separator: ", "))")
            }
            return
        }
        copies[key] = (fields, 1)
        switch PipelineTopic(rawValue: message.topic) {
        case .outcome:
            if let outcome = try? MASHJSON.decode(Outcome.self, from: Data(message.value)) {
                outcomeKeysByReferral[outcome.referralId, default: []].insert(key)
                listedTaskings.formUnion(outcome.taskings.map(\.taskingId))
            }
        case .review:
            if let review = try? MASHJSON.decode(Review.self, from: Data(message.value)) {
                reviewIdsByReferral[review.referralId, default: []].insert(review.reviewId)
            }
        case .taskingPolice, .taskingSocialCare, .taskingHealth:
            if let tasking = try? MASHJSON.decode(Tasking.self, from: Data(message.value)) { deliveredTaskings.insert(tasking.taskingId) }
        case .deadLetter:
            deadLetterKeys.insert(key)
        default:
            break
        }
    }

    /// Referral ids with an outcome so far.
    public var referralsWithOutcome: Int { outcomeKeysByReferral.count }
    /// Referral ids that reached an end so far: an outcome, or a proposal held for sign-off.
    public var referralsEnded: Int { endedReferrals.count }

    private var endedReferrals: Set<String> { Set(outcomeKeysByReferral.keys).union(reviewIdsByReferral.keys) }
    /// Taskings some outcome lists that have not been read yet. Outcomes and their taskings go to different
    /// topics, so a reader may see an outcome before its taskings: wait for this to reach zero too.
    public var taskingsAwaited: Int { listedTaskings.subtracting(deliveredTaskings).count }
    /// Distinct dead letters so far.
    public var deadLettered: Int { deadLetterKeys.count }

    /// The verdict for a run that fed `referralIds` (valid referrals) and `invalidInputs` inputs meant to be refused.
    public func report(referralIds: Set<String>, invalidInputs: Int = 0) -> DeliveryReport {
        let distinct = copies.count
        return DeliveryReport(
            referrals: referralIds.count,
            outcomes: outcomeKeysByReferral.count,
            held: reviewIdsByReferral.keys.filter { outcomeKeysByReferral[$0] == nil }.count,
            lost: referralIds.subtracting(endedReferrals).count,
            actedOnTwice: Set(outcomeKeysByReferral.filter { $0.value.count > 1 }.keys)
                .union(reviewIdsByReferral.filter { $0.value.count > 1 }.keys).count,
            messages: messages,
            distinct: distinct,
            replayed: messages - distinct - mismatchedKeys.filter { $0.hasPrefix("(") }.count,
            replaysWithDifferentContent: mismatchedKeys.count,
            differingReplays: differences,
            taskingsListed: listedTaskings.count,
            taskingsMissing: listedTaskings.subtracting(deliveredTaskings).count,
            taskingsUnlisted: deliveredTaskings.subtracting(listedTaskings).count,
            deadLettered: deadLetterKeys.count,
            invalidInputs: invalidInputs
        )
    }
}

/// What a ledger found.
public struct DeliveryReport: Sendable, Equatable {
    public var referrals: Int
    /// Referrals with an outcome.
    public var outcomes: Int
    /// Referrals held for a person's sign-off, with no outcome yet.
    public var held: Int
    /// Referrals with neither an outcome nor a held proposal.
    public var lost: Int
    /// Referrals with more than one distinct outcome, or more than one proposal held (acted on twice).
    public var actedOnTwice: Int
    /// Messages read, replays included.
    public var messages: Int
    /// Distinct idempotency keys.
    public var distinct: Int
    /// Copies beyond the first of some key.
    public var replayed: Int
    /// Keys whose copies differ apart from processing timestamps (or messages without a key).
    public var replaysWithDifferentContent: Int
    /// The first few of those: topic, key and the top-level fields that differ.
    public var differingReplays: [String]
    public var taskingsListed: Int
    /// Taskings an outcome lists that never arrived.
    public var taskingsMissing: Int
    /// Taskings that arrived but no outcome lists.
    public var taskingsUnlisted: Int
    public var deadLettered: Int
    /// Inputs fed that should each be dead-lettered.
    public var invalidInputs: Int

    /// Nothing lost, nothing acted on twice, every replay faithful, every tasking accounted for, every bad input refused.
    public var isClean: Bool {
        lost == 0 && actedOnTwice == 0 && replaysWithDifferentContent == 0 && taskingsMissing == 0 && taskingsUnlisted == 0
            && deadLettered == invalidInputs
    }

    /// One `name: value` line per figure.
    public var lines: [String] {
        [
            "referrals: \(referrals)", "outcomes: \(outcomes)", "held for sign-off: \(held)", "lost: \(lost)", "acted on twice: \(actedOnTwice)",
            "messages: \(messages)", "distinct: \(distinct)", "replayed: \(replayed)",
            "replays with different content: \(replaysWithDifferentContent)",
        ] + differingReplays.map { "  differs: \($0)" } + [
            "taskings listed: \(taskingsListed)", "taskings missing: \(taskingsMissing)", "taskings unlisted: \(taskingsUnlisted)",
            "dead-lettered: \(deadLettered) of \(invalidInputs) invalid inputs",
        ]
    }
}
