import MASHCore

/// Why a proposed decision must wait for a person; empty when the policy lets it be issued at once.
enum SignOffRules {
    /// The reasons for a decision proposed on an assessed case with outcomes `outcomes`.
    static func reasons(caseFile: CaseFile, assessment: RiskAssessment, outcomes: [OutcomeKind], policy: SignOffPolicy) -> [String] {
        var reasons: [String] = []
        let items = caseFile.research?.items ?? []
        let cited = Set(assessment.rationale.flatMap(\.facts))
        let citedItems = items.filter { cited.contains($0.itemId) }

        let protection = outcomes.filter(SignOffPolicy.childProtectionOutcomes.contains)
        if !protection.isEmpty {
            reasons.append("child-protection response (\(protection.map(\.rawValue).joined(separator: ", "))): software may propose it, a person decides")
        }
        if assessment.level >= policy.fromLevel {
            reasons.append("level \(assessment.level.rawValue) decision: a person signs off every decision at level \(policy.fromLevel.rawValue) or above")
        }
        if policy.red, assessment.rag == .red {
            reasons.append("Red case: a person signs off every Red decision")
        }
        let screened = caseFile.screening.rag
        if screened <= policy.conflictScreenedAtMost, assessment.level >= policy.conflictAssessedAtLeast {
            let owners = Agency.allCases.filter { owner in citedItems.contains { $0.owner == owner } }.map(\.displayName)
            let source = owners.isEmpty ? "the assessment" : "records held by \(owners.joined(separator: ", "))"
            reasons.append("conflicting indications: \(source) indicate level \(assessment.level.rawValue) concerns while the referral screened \(screened)")
        }
        let silent = caseFile.research?.noResponseFrom ?? []
        if assessment.level >= policy.missingResponseFromLevel, !silent.isEmpty {
            reasons.append("no response from \(silent.map(\.displayName).joined(separator: ", ")): decided without its records")
        }
        let uncertain = citedItems.filter { $0.matchConfidence < policy.possibleMatchBelow }.map(\.itemId)
        if !uncertain.isEmpty {
            reasons.append("rests on possible person matches a practitioner must verify: \(uncertain.joined(separator: ", "))")
        }
        if let consent = consentReason(caseFile.referral.consent, policy: policy) { reasons.append(consent) }
        if policy.allocatedWorkerWhenRed, assessment.rag == .red, outcomes.contains(.routedToAllocatedWorker) {
            reasons.append("Red case routed to the family's allocated worker: a person signs off every routing while the case is Red")
        }
        if policy.professionalJudgement, assessment.flags.contains(.professionalJudgement) {
            reasons.append("the level rests on the referrer's professional judgement, above what the rules found")
        }
        return everyDecision(reasons, policy: policy)
    }

    /// The reasons for routing a referral rated `rag` to the allocated worker of an open case, with
    /// `outcomes` beside the routing.
    static func reasons(routingAt rag: RAG, outcomes: [OutcomeKind], consent: Consent, policy: SignOffPolicy) -> [String] {
        var reasons: [String] = []
        let protection = outcomes.filter(SignOffPolicy.childProtectionOutcomes.contains)
        if !protection.isEmpty {
            reasons.append("child-protection response (\(protection.map(\.rawValue).joined(separator: ", "))): software may propose it, a person decides")
        }
        if policy.allocatedWorkerWhenRed, rag == .red {
            reasons.append("Red case routed to the allocated worker: a person signs off every routing while the case is Red")
        }
        if let consent = consentReason(consent, policy: policy) { reasons.append(consent) }
        return everyDecision(reasons, policy: policy)
    }

    private static func consentReason(_ consent: Consent, policy: SignOffPolicy) -> String? {
        guard policy.consentRefusedOrOverridden else { return nil }
        switch consent {
        case .refused: return "consent refused: a person decides what is shared without it"
        case .overridden(let justification): return "consent overridden (\(justification)): a person confirms the override"
        case .given, .notSought: return nil
        }
    }

    private static func everyDecision(_ reasons: [String], policy: SignOffPolicy) -> [String] {
        guard reasons.isEmpty, policy.everyDecision else { return reasons }
        return ["the hub's policy has a person sign off every decision"]
    }
}
