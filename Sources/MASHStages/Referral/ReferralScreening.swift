import MASHCore

/// The referral stage: validates a partner's referral, rates it on first sight, and either opens a case
/// for research or routes it to the child's allocated social worker.
///
/// Consumes `mash.referral`; produces one case file on `mash.research`, or for a child already open to
/// social care a tasking on `mash.tasking.social-care`, an outcome and an audit record.
public struct ReferralScreening: PipelineStage {
    /// The thresholds screening applies.
    public let policy: HubPolicy
    /// Children's social care records, for re-referrals and open cases; nil to screen without them.
    public let socialCare: (any AgencyRecordStore)?

    /// A referral stage; without a social-care store, screening records that it could not check.
    public init(policy: HubPolicy = .default, socialCare: (any AgencyRecordStore)? = nil) {
        self.policy = policy
        self.socialCare = socialCare
    }

    public var inputTopic: PipelineTopic { .referral }

    public func process(_ input: StageInput) throws -> [StageRecord] { try screen(input) }

    /// The records for one referral; throws `StageRejection` listing every problem with an invalid one.
    public func screen(_ input: StageInput) throws -> [StageRecord] {
        let referral = try Self.validReferral(from: input.value).normalised()
        let caseId = CaseIdentifiers.caseId(referralId: referral.referralId)
        let subjectKey = referral.subjectKey
        let windowMonths = policy.riskLevels.repeatReferralWindowMonths
        let history = SocialCareHistory.lookUp(referral, in: socialCare, windowMonths: windowMonths)
        let rating = InitialRating(referral: referral, policy: policy)

        let openCase = history.openCase.map {
            OpenCaseRouting(agency: .socialCare, caseReference: SocialCareHistory.caseReference(of: $0), allocatedWorker: $0.allocatedWorker)
        }
        let hours = policy.researchDeadlines.hours(for: rating.rag)
        let deadlineReason = hours.map { "research due within \($0) hours (\(rating.rag))" }
            ?? "\(rating.rag): no MASH research deadline"
        let screening = Screening(
            rag: rating.rag, level: rating.level,
            researchDeadline: input.ingestedAt.adding(hours: max(0, hours ?? 0)),
            reasons: rating.reasons + history.reasons + [deadlineReason], openCase: openCase,
            isReReferral: !history.previousReferrals.isEmpty, previousReferralCount: history.previousReferrals.count
        )
        let timestamps = StageTimestamps(received: input.ingestedAt, referral: input.now)

        if let openCase, let record = history.openCase {
            return try AllocatedWorkerRouting(
                referral: referral, caseId: caseId, subjectKey: subjectKey, screening: screening, openCase: openCase,
                openCaseRecord: record, policy: policy, timestamps: timestamps, now: input.now
            ).records()
        }
        let caseFile = CaseFile(
            schema: MessageSchema.research, caseId: caseId, referralId: referral.referralId,
            receivedAt: input.ingestedAt, subjectKey: subjectKey, referral: referral, screening: screening,
            timestamps: timestamps
        )
        return [try StageRecord(topic: .research, key: subjectKey, message: caseFile)]
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
