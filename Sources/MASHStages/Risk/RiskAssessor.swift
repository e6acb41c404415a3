import MASHCore

/// The risk stage: weighs the researched case against the hub's thresholds — DASH, MARAC escalation,
/// the child's plans, care and history — and records every rule that fired with the facts it relied on.
///
/// Consumes `mash.risk-assessment`; produces the assessed case file on `mash.decision`. The assessed
/// level is never below the screening level: judgement may raise a level, never lower it.
public struct RiskAssessor: PipelineStage {
    /// The thresholds applied.
    public let policy: HubPolicy

    /// A risk stage applying `policy`.
    public init(policy: HubPolicy = .default) {
        self.policy = policy
    }

    public var inputTopic: PipelineTopic { .riskAssessment }

    /// A case file carries research: agencies' records, some of them hub-only.
    public var inputCarriesHubRecords: Bool { true }

    public func process(_ input: StageInput) throws -> [StageRecord] { try assess(input) }

    /// The assessed case file for one researched case.
    public func assess(_ input: StageInput) throws -> [StageRecord] {
        var caseFile = try CaseFileDecoding.decode(input.value, topic: .riskAssessment, schema: MessageSchema.riskAssessment)
        caseFile.assessment = assessment(of: caseFile)
        caseFile.schema = MessageSchema.decision
        caseFile.timestamps.risk = input.now
        return [try StageRecord(topic: .decision, key: caseFile.subjectKey, message: caseFile)]
    }

    /// The assessment of a researched case.
    func assessment(of caseFile: CaseFile) -> RiskAssessment {
        let facts = CaseFacts(caseFile)
        let screening = caseFile.screening
        // An inconsistent screening (a level below its own RAG) still never lowers anything.
        let floor = max(screening.level, screening.rag.level)
        let baseline = RationaleLine(
            rule: "screening.level",
            text: "Screened \(screening.rag) (\(screening.level)) at referral: the assessment does not go below it",
            facts: ["screening.level"]
        )
        let ruled = DomesticAbuseRules(facts: facts, policy: policy).findings()
            + ChildStatusRules(facts: facts, policy: policy).findings()
            + ContinuumRules(facts: facts, policy: policy).findings()
        let findings = ruled + ProfessionalJudgementRule.findings(caseFile.referral, ruledLevel: ruled.compactMap(\.level).max())

        let level = findings.compactMap(\.level).reduce(floor, max)
        let raised = Set(findings.compactMap(\.flag))
        let flags = RiskFlag.allCases.filter(raised.contains)
        let factors = CINFactorCollector.factors(of: caseFile)
        let rag = max(level.rag, screening.rag)

        var reRating: ReRating?
        if rag != screening.rag {
            let raising = findings.filter { ($0.level ?? .universal) > floor }.map(\.line.rule)
            reRating = ReRating(
                from: screening.rag, to: rag,
                reason: "Raised from \(screening.rag) to \(rag) after research by \(raising.joined(separator: ", "))"
            )
        }
        return RiskAssessment(
            level: level, rag: rag, score: policy.score.score(level: level, factorCount: factors.count, flags: flags),
            factors: factors, primaryNeed: PrimaryNeedRule.primaryNeed(factors: factors, level: level),
            flags: flags, reRating: reRating, rationale: [baseline] + findings.map(\.line),
            maracRequired: flags.contains(where: \.requiresMARAC)
        )
    }
}
