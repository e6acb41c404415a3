import MASHCore

/// The outcomes a decision takes from the policy: the level's response, a MARAC referral when one is
/// required, and a health follow-up when the policy's conditions hold; each with its rationale line.
struct OutcomeSelection {
    let primary: OutcomeKind
    let additional: [OutcomeKind]
    let lines: [RationaleLine]

    init(caseFile: CaseFile, assessment: RiskAssessment, childAge: Int?, policy: HubPolicy) {
        let response = policy.outcomes[assessment.level]
        var additional = response.additionalOutcomes
        var lines = [RationaleLine(
            rule: "decision.threshold",
            text: "\(assessment.level): \(([response.outcome] + response.additionalOutcomes).map(\.rawValue).joined(separator: " with ")) under policy \(policy.version)",
            facts: ["assessment.level"]
        )]
        if assessment.maracRequired {
            additional.append(.maracReferral)
            let reasons = assessment.flags.filter(\.requiresMARAC).map(\.rawValue)
            lines.append(RationaleLine(
                rule: "decision.marac",
                text: "MARAC referral required (\(reasons.isEmpty ? "assessment" : reasons.joined(separator: ", ")))",
                facts: ["assessment.maracRequired"]
            ))
        }
        if let health = Self.healthFollowUp(caseFile: caseFile, assessment: assessment, childAge: childAge, policy: policy.healthFollowUp) {
            additional.append(.healthFollowUp)
            lines.append(health)
        }
        var seen: Set<OutcomeKind> = [response.outcome]
        self.primary = response.outcome
        self.additional = additional.filter { seen.insert($0).inserted }
        self.lines = lines
    }

    private static func healthFollowUp(caseFile: CaseFile, assessment: RiskAssessment, childAge: Int?,
                                       policy: HealthFollowUpPolicy) -> RationaleLine? {
        guard assessment.level >= policy.minimumLevel else { return nil }
        var reasons: [String] = [], facts: [String] = []
        let healthItems = (caseFile.research?.items ?? []).filter { $0.owner == .health }.map(\.itemId)
        if policy.whenHealthHoldsRecords, !healthItems.isEmpty {
            reasons.append("health holds records on the case")
            facts += healthItems
        }
        if let youngerThan = policy.whenChildYoungerThan, let childAge, childAge < youngerThan {
            reasons.append("the child is under \(youngerThan)")
            facts.append("referral.subjects.dateOfBirth")
        }
        if policy.whenChildProtectionPlanOrLookedAfter,
           assessment.flags.contains(.childProtectionPlan) || assessment.flags.contains(.lookedAfter) {
            reasons.append("the child is on a plan or looked after (CP-IS)")
            facts.append("assessment.flags")
        }
        guard !reasons.isEmpty else { return nil }
        return RationaleLine(rule: "decision.health-follow-up", text: "Health follow-up: " + reasons.joined(separator: "; "), facts: facts)
    }
}
