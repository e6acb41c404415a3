import Foundation
import MASHCore

/// The hub's durable record of its cases, gathered from the case topics: for each case the referral, the
/// case file as far as it got, the proposal held for a person, the outcome issued and the sign-offs; and the
/// escalations and partners' answers to taskings. A replayed message is the same record again, so reading a
/// topic twice changes nothing. A referral routed straight to a child's allocated worker has no case file: it
/// is known from the register (which referral the hub accepted) and the referral itself.
public struct HubHistory: Sendable {
    /// One case as the topics tell it.
    public struct Case: Sendable {
        public var caseId: String
        public var referral: Referral
        /// When the hub received the referral.
        public var receivedAt: Timestamp
        /// Screened, and researched and assessed as far as it got; nil for a referral routed at once.
        public var caseFile: CaseFile?
        public var review: Review?
        public var outcome: Outcome?
        public var signOffs: [SignOff]
    }

    private var files: [String: CaseFile] = [:]
    private var reviews: [String: Review] = [:]
    private var outcomes: [String: Outcome] = [:]
    private var signOffs: [String: [String: SignOff]] = [:]
    private var registrations: [String: String] = [:]
    private var referralsByDigest: [String: Referral] = [:]
    public private(set) var escalations: [String: Escalation] = [:]
    public private(set) var taskingUpdates: [String: TaskingUpdate] = [:]
    /// The firewall's refusals by case: the owner of each item withheld from a recipient (one per audit record).
    public private(set) var withheld: [String: [String: Agency]] = [:]

    /// The topics the history is read from.
    public static let topics: [PipelineTopic] = [
        .referral, .referralRegister, .research, .decision, .review, .outcome, .signOff, .escalation, .taskingUpdate, .audit,
    ]

    public init() {}

    /// Takes one message of a case topic; anything it cannot read is not part of the record (the stage that
    /// owns the topic dead-letters it).
    public mutating func take(topic: String, value: [UInt8]) {
        let data = Data(value)
        switch PipelineTopic(rawValue: topic) {
        case .referral:
            // Only a referral the register names (by the digest of these bytes) counts.
            if let referral = try? MASHJSON.decode(Referral.self, from: data) { referralsByDigest[SHA256.hex(value)] = referral }
        case .referralRegister:
            if let registration = try? MASHJSON.decode(ReferralRegistration.self, from: data) { registrations[registration.caseId] = registration.digest }
        case .research, .decision:
            guard let file = try? MASHJSON.decode(CaseFile.self, from: data) else { return }
            // A later stage's file knows more: keep the one furthest on.
            if let known = files[file.caseId], known.research != nil, file.research == nil { return }
            files[file.caseId] = file
        case .review:
            if let review = try? MASHJSON.decode(Review.self, from: data) { reviews[review.caseId] = review }
        case .outcome:
            if let outcome = try? MASHJSON.decode(Outcome.self, from: data) { outcomes[outcome.caseId] = outcome }
        case .signOff:
            if let signOff = try? MASHJSON.decode(SignOff.self, from: data) { signOffs[signOff.caseId, default: [:]][signOff.signOffId] = signOff }
        case .escalation:
            if let escalation = try? MASHJSON.decode(Escalation.self, from: data) { escalations[escalation.escalationId] = escalation }
        case .audit:
            guard let record = try? MASHJSON.decode(AuditRecord.self, from: data), record.action == .withheld, let owner = record.owner else { return }
            withheld[record.caseId, default: [:]][record.auditId] = owner
        case .taskingUpdate:
            guard let update = try? MASHJSON.decode(TaskingUpdate.self, from: data) else { return }
            taskingUpdates[update.updateId] = taskingUpdates[update.updateId] ?? update
        default:
            return
        }
    }

    /// Every case the hub took in whose referral is known, by case id.
    public var cases: [String: Case] {
        var cases: [String: Case] = [:]
        for caseId in Set(files.keys).union(reviews.keys).union(outcomes.keys).union(registrations.keys) {
            let file = files[caseId] ?? reviews[caseId]?.caseFile
            guard let referral = file?.referral ?? registrations[caseId].flatMap({ referralsByDigest[$0] }) else { continue }
            cases[caseId] = Case(
                caseId: caseId, referral: referral, receivedAt: file?.receivedAt ?? outcomes[caseId]?.receivedAt ?? referral.receivedAt,
                caseFile: file, review: reviews[caseId], outcome: outcomes[caseId],
                signOffs: (signOffs[caseId] ?? [:]).values.sorted { $0.signOffId < $1.signOffId }
            )
        }
        return cases
    }
}
