import MASHCore

/// Why an automatic decision must go to a manager before it stands; empty when it need not.
enum ManagerReview {
    static func reasons(caseFile: CaseFile, assessment: RiskAssessment, policy: ManagerReviewPolicy) -> [String] {
        var reasons: [String] = []
        let items = caseFile.research?.items ?? []
        let cited = Set(assessment.rationale.flatMap(\.facts))
        let citedItems = items.filter { cited.contains($0.itemId) }

        if assessment.level >= policy.fromLevel {
            reasons.append("level \(assessment.level.rawValue) decision: a manager reviews every decision at level \(policy.fromLevel.rawValue) or above")
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
        return reasons
    }
}
