import MASHCore

/// The continuum of need as the policy draws it: each census factor on agencies' records that sets a level
/// on its own, and each combination of factors (from the referral or the records) that sets one together;
/// one rationale line per factor or combination.
struct ContinuumRules {
    let facts: CaseFacts
    let policy: HubPolicy

    func findings() -> [RiskFinding] {
        let evidence = FactorEvidence(facts, windowMonths: policy.riskLevels.historyWindowMonths)
        var findings: [RiskFinding] = []
        for factor in CINFactor.allCases {
            // The referral's own concerns were rated at screening, which the assessment never goes below:
            // a factor sets a level here when agencies' records evidence it.
            guard let cited = evidence.facts[factor], cited.contains(where: Self.isRecord),
                  let level = policy.continuum.factorLevels[factor] else { continue }
            findings.append(RiskFinding(
                flag: nil, level: level,
                line: RationaleLine(
                    rule: "continuum.factor.\(factor.rawValue)",
                    text: "Factor \(factor.rawValue) (\(factor)) in \(Self.source(cited)): at least level \(level.rawValue)",
                    facts: cited
                )
            ))
        }
        for combination in policy.continuum.combinations {
            guard let matched = combination.match(in: evidence.present) else { continue }
            var cited: [String] = []
            for factor in matched { for fact in evidence.facts[factor] ?? [] where !cited.contains(fact) { cited.append(fact) } }
            findings.append(RiskFinding(
                flag: nil, level: combination.level,
                line: RationaleLine(
                    rule: "continuum.combination",
                    text: "\(combination.name): factors \(matched.map(\.rawValue).joined(separator: " + ")) together: at least level \(combination.level.rawValue)",
                    facts: cited
                )
            ))
        }
        return findings
    }

    private static func isRecord(_ fact: String) -> Bool { fact != "referral.concern.categories" }

    /// "the referral", "agencies' records" or both.
    private static func source(_ facts: [String]) -> String {
        let referred = facts.contains("referral.concern.categories")
        let recorded = facts.contains(where: isRecord)
        switch (referred, recorded) {
        case (true, true): return "the referral and agencies' records"
        case (true, false): return "the referral"
        default: return "agencies' records"
        }
    }
}
