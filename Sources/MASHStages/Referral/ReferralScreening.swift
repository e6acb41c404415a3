import Foundation
import MASHCore

/// The referral stage: validates a partner's referral, rates it on first sight, and either opens a case
/// for research or routes it to the child's allocated social worker.
///
/// Consumes `mash.referral`; produces one case file on `mash.research`, or for a child already open to
/// social care a tasking on `mash.tasking.social-care`, an outcome and an audit record (or, while the case
/// is Red, the routing held for sign-off on `mash.review`); and, for every referral it accepts, its
/// registration on `mash.referral-register`.
public struct ReferralScreening: PipelineStage {
    /// The thresholds screening applies.
    public let policy: HubPolicy
    /// Children's social care records, for re-referrals and open cases; nil to screen without them.
    public let socialCare: (any AgencyRecordStore)?
    /// The referral ids already accepted; nil to accept any id (a reused id then goes undetected).
    public let register: (any ReferralRegister)?
    /// The cases held for sign-off, so a replayed referral does not hold a routing a person already signed.
    public let held: (any HeldDecisions)?
    /// Makes each child's partition key under the hub's secret.
    public let keys: PartitionKeys
    /// The referrals the hub itself handled, by child; nil to screen without its memory.
    public let memory: (any HubMemory)?

    /// A referral stage; without a social-care store, screening records that it could not check.
    public init(policy: HubPolicy = .default, socialCare: (any AgencyRecordStore)? = nil, register: (any ReferralRegister)? = nil,
                held: (any HeldDecisions)? = nil, keys: PartitionKeys = .development, memory: (any HubMemory)? = nil) {
        self.policy = policy
        self.socialCare = socialCare
        self.register = register
        self.held = held
        self.keys = keys
        self.memory = memory
    }

    public var inputTopic: PipelineTopic { .referral }

    public func process(_ input: StageInput) throws -> [StageRecord] { try screen(input) }

    /// The records for one referral; throws `StageRejection` listing every problem with an invalid one.
    public func screen(_ input: StageInput) throws -> [StageRecord] {
        let referral = try Self.validReferral(from: input.value).normalised()
        let caseId = CaseIdentifiers.caseId(referralId: referral.referralId)
        let registration = try registration(of: referral, caseId: caseId, bytes: input.value)
        let subjectKey = keys.key(for: referral)
        let windowMonths = policy.riskLevels.repeatReferralWindowMonths
        let history = SocialCareHistory.lookUp(referral, in: socialCare, windowMonths: windowMonths)
        let remembered = (memory?.referrals(about: subjectKey) ?? []).filter { earlier in
            earlier.caseId != caseId && earlier.receivedAt < referral.receivedAt
                && earlier.receivedAt.utcDate.isWithin(months: windowMonths, before: referral.receivedAt.utcDate)
        }
        let repeats = RepeatReferrals(remembered: remembered, socialCareRecords: history.previousReferrals, windowMonths: windowMonths)
        let rating = InitialRating(referral: referral, policy: policy)

        let openCase = history.openCase.map {
            OpenCaseRouting(agency: .socialCare, caseReference: SocialCareHistory.caseReference(of: $0), allocatedWorker: $0.allocatedWorker)
        }
        let deadlines = ResearchSchedule(rag: rating.rag, receivedAt: input.ingestedAt, policy: policy)
        let searchOnly = policy.sharing.researchLimit(level: rating.level, consent: referral.consent)
        let consentReason = searchOnly.map { agencies in
            "consent \(referral.consent.status == .refused ? "refused" : "not sought") below level \(policy.sharing.withoutConsentFromLevel.rawValue): "
                + "research searches only \(agencies.map(\.displayName).joined(separator: ", "))'s records (Haringey)"
        }
        let screening = Screening(
            rag: rating.rag, level: rating.level, researchDeadline: deadlines.caseDeadline,
            agencyDeadlines: deadlines.agencyDeadlines.isEmpty ? nil : deadlines.agencyDeadlines,
            reasons: rating.reasons + history.reasons + repeats.reasons + deadlines.reasons + [consentReason].compactMap { $0 }, openCase: openCase,
            isReReferral: repeats.count > 0, previousReferralCount: repeats.count,
            searchOnly: searchOnly, previousReferrals: remembered
        )
        // The hub remembers the referral (and, once decided, its outcome): the next one about the child sees it.
        // A replayed referral the hub already remembers is not written again: the compacted history keeps the
        // last write of a case, and it must stay the one with the outcome. So the record comes last among the
        // outputs: an output's idempotency key depends on its place, and a replay without it must give the
        // others the places, and so the keys, they had the first time.
        let entry = ChildHistoryEntry(subjectKey: subjectKey, referral: PreviousReferral(caseId: caseId, referralId: referral.referralId, receivedAt: referral.receivedAt))
        let known = memory?.referrals(about: subjectKey).contains { $0.caseId == caseId } ?? false
        let remember = known ? [] : [try StageRecord(topic: .childHistory, key: entry.key, message: entry)]
        let timestamps = StageTimestamps(received: input.ingestedAt, referral: input.now)

        if let openCase, let record = history.openCase {
            let routed = try AllocatedWorkerRouting(
                referral: referral, caseId: caseId, subjectKey: subjectKey, screening: screening, openCase: openCase,
                openCaseRecord: record, careStatus: history.careStatus, policy: policy, timestamps: timestamps, now: input.now
            ).records(held: held)
            // Issued at once, the routing already remembers the case with its outcome.
            let remembered = routed.contains { $0.topic == PipelineTopic.childHistory.rawValue }
            return routed + [registration] + (remembered ? [] : remember)
        }
        let caseFile = CaseFile(
            schema: MessageSchema.research, caseId: caseId, referralId: referral.referralId,
            receivedAt: input.ingestedAt, subjectKey: subjectKey, referral: referral, screening: screening,
            timestamps: timestamps
        )
        return [try StageRecord(topic: .research, key: subjectKey, message: caseFile), registration] + remember
    }

    /// The register record for an accepted referral. A resend of the same bytes is accepted again (its
    /// outputs replay the original's); the same id with different bytes is refused.
    private func registration(of referral: Referral, caseId: String, bytes: [UInt8]) throws -> StageRecord {
        let digest = SHA256.hex(bytes)
        if let known = register?.digest(of: referral.referralId), known != digest {
            throw StageRejection(
                reason: "referral \(referral.referralId): duplicate referral id: already received with different content (case \(caseId)); resend the original or use a new id"
            )
        }
        let registration = ReferralRegistration(referralId: referral.referralId, caseId: caseId, digest: digest)
        let record = try StageRecord(topic: .referralRegister, key: referral.referralId, message: registration)
        register?.note(registration)
        return record
    }

    /// The referral in `bytes`, decoded and validated, or a rejection that names every problem.
    static func validReferral(from bytes: [UInt8]) throws -> Referral {
        let referral = try MessageDecoding.decode(
            Referral.self, from: bytes, topic: .referral, schemas: [MessageSchema.referral],
            maximumBytes: StageLimits.maximumReferralBytes
        )
        let label = Referral.isValidReferralId(referral.referralId)
            ? "referral \(referral.referralId)" : "referral \(MessageDecoding.quoted(referral.referralId))"
        // Checked before validation so a runaway list costs nothing more than its decoding.
        guard referral.subjects.count <= StageLimits.maximumSubjects else {
            throw StageRejection(reason: "\(label): subjects: \(referral.subjects.count) subjects is over the limit of \(StageLimits.maximumSubjects)")
        }
        let problems = referral.validate()
        guard problems.isEmpty else {
            // Problems quote the input; escape what could rewrite the line an operator reads.
            throw StageRejection(reason: "\(label): " + MessageDecoding.printable(problems.map(\.description).joined(separator: "; ")))
        }
        return referral
    }
}

extension ReferralScreening {
    /// Every problem the referral stage would find with these bytes, each with the field it is in; empty when
    /// the stage would take them. For the hub's front door, so a partner hears at once what the stage would
    /// say later.
    public static func problems(in bytes: [UInt8]) -> [ValidationProblem] {
        let referral: Referral
        do {
            referral = try MASHJSON.decode(Referral.self, from: bytes)
        } catch let error as DecodingError {
            return [ValidationProblem(path: DecodingErrorDescription.path(error), message: DecodingErrorDescription.describe(error))]
        } catch {
            return [ValidationProblem(path: "", message: "not a referral")]
        }
        if referral.subjects.count > StageLimits.maximumSubjects {
            return [ValidationProblem(path: "subjects", message: "\(referral.subjects.count) subjects is over the limit of \(StageLimits.maximumSubjects)")]
        }
        let problems = referral.validate()
        guard problems.isEmpty else { return problems }
        // Whatever else the stage checks (size, depth, trailing commas), in its own words.
        do {
            _ = try validReferral(from: bytes)
            return []
        } catch {
            return [ValidationProblem(path: "", message: "\(error)")]
        }
    }
}
