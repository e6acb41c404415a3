import MASHCore

/// The decision stage: proposes the response the policy sets for the assessed case, and either issues it
/// at once — tasking the agencies that act, each with only what it may be told, and auditing every share
/// and refusal — or, where the policy says a person must decide, holds it for sign-off.
///
/// Consumes `mash.decision`; produces taskings on `mash.tasking.police`, `.social-care` and `.health`, the
/// outcome on `mash.outcome` and audit records on `mash.audit` (keyed by case id); or, for a held case, the
/// review on `mash.review`, its record on `mash.held-decisions` and a `decision-held` audit record.
public struct DecisionMaker: PipelineStage {
    /// The responses, sign-off and sharing rules applied.
    public let policy: HubPolicy
    /// The cases already held.
    public let held: any HeldDecisions

    /// A decision stage applying `policy`, consulting `held` on cases already held.
    public init(policy: HubPolicy = .default, held: any HeldDecisions = HeldDecisionBook()) {
        self.policy = policy
        self.held = held
    }

    public var inputTopic: PipelineTopic { .decision }

    /// A case file carries research: agencies' records, some of them hub-only.
    public var inputCarriesHubRecords: Bool { true }

    public func process(_ input: StageInput) throws -> [StageRecord] { try decide(input) }

    /// The records for one assessed case.
    public func decide(_ input: StageInput) throws -> [StageRecord] {
        let caseFile = try CaseFileDecoding.decode(input.value, topic: .decision, schema: MessageSchema.decision)
        guard let assessment = caseFile.assessment else {
            throw StageRejection(reason: "\(PipelineTopic.decision): case \(caseFile.caseId): no assessment")
        }
        let proposal = Proposal.policyResponse(to: caseFile, assessment: assessment, policy: policy, now: input.now)
        let outcomes = [proposal.decision.outcome] + proposal.decision.additionalOutcomes
        let reasons = SignOffRules.reasons(caseFile: caseFile, assessment: assessment, outcomes: outcomes, policy: policy.signOff)
        let existing = held.state(of: caseFile.caseId)
        if reasons.isEmpty && existing == nil {
            return try DecisionIssue.records(proposal)
        }
        return try ProposalHold.records(proposal, heldBecause: reasons, existing: existing, stage: "decision", policy: policy, now: input.now)
    }
}
