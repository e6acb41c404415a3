import MASHCore

/// The MARAC rules (SafeLives): high-risk DASH, professional judgement, escalation of repeated abuse,
/// honour-based violence, and a new domestic-abuse referral within the window of an earlier MARAC.
struct DomesticAbuseRules {
    let facts: CaseFacts
    let policy: HubPolicy

    func findings() -> [RiskFinding] {
        let dash = dash()
        let visibleHighRisk = dash.contains { $0.flag == .maracHighRiskDASH }
        return dash + professionalJudgement(visibleHighRisk: visibleHighRisk) + escalation() + honourBasedViolence() + repeatAfterMARAC()
    }

    /// The highest DASH yes count, from the referral's checklist and items within the history window.
    func dash() -> [RiskFinding] {
        var scores: [(fact: String, yes: Int)] = []
        if let checklist = facts.referral.concern.dash { scores.append(("referral.concern.dash", checklist.yesCount)) }
        for item in facts.records where item.date.isWithin(months: policy.riskLevels.historyWindowMonths, before: facts.receivedDate) {
            if let yes = item.dashYesCount { scores.append((item.itemId, yes)) }
        }
        guard let highest = scores.map(\.yes).max() else { return [] }
        let thresholds = policy.dash
        switch thresholds.band(yesCount: highest) {
        case .high:
            let cited = scores.filter { $0.yes >= thresholds.highFrom }.map(\.fact)
            return [RiskFinding(
                flag: .maracHighRiskDASH, level: max(thresholds.highLevel, policy.riskLevels.marac),
                line: RationaleLine(
                    rule: "dash.high-risk",
                    text: "DASH \(highest) yes answers (\(thresholds.highFrom) or more): high risk, MARAC referral required",
                    facts: cited
                )
            )]
        case .medium:
            let cited = scores.filter { $0.yes >= thresholds.mediumFrom }.map(\.fact)
            return [RiskFinding(
                flag: nil, level: thresholds.mediumLevel,
                line: RationaleLine(
                    rule: "dash.medium-risk",
                    text: "DASH \(highest) yes answers (\(thresholds.mediumFrom)-\(thresholds.highFrom &- 1)): medium risk",
                    facts: cited
                )
            )]
        case .standard:
            return []
        }
    }

    /// Professional judgement, a MARAC criterion of its own whatever the count: the referrer judges the case
    /// meets the MARAC threshold, or the referral's DASH records attempted strangulation and threats to kill
    /// (the two answers that most predict homicide) below the count that is visible high risk already.
    func professionalJudgement(visibleHighRisk: Bool) -> [RiskFinding] {
        var reasons: [String] = [], cited: [String] = []
        if let judgement = facts.referral.concern.professionalJudgement, judgement.maracReferral == true {
            reasons.append("the referrer judges the case meets the MARAC threshold (\(judgement.reason))")
            cited.append("referral.concern.professionalJudgement")
        }
        if !visibleHighRisk, let checklist = facts.referral.concern.dash,
           checklist.yes(checklist.version.strangulationQuestion), checklist.yes(checklist.version.threatsToKillQuestion) {
            reasons.append("the DASH records attempted strangulation or choking and threats to kill (\(checklist.yesCount) yes answers in all)")
            cited.append("referral.concern.dash")
        }
        guard !reasons.isEmpty else { return [] }
        return [RiskFinding(
            flag: .maracProfessionalJudgement, level: policy.riskLevels.marac,
            line: RationaleLine(
                rule: "marac.professional-judgement",
                text: "Professional judgement: " + reasons.joined(separator: "; ") + ": MARAC referral required",
                facts: cited
            )
        )]
    }

    /// Repeated incidents or crimes by one alleged perpetrator within the escalation window.
    ///
    /// Counts agency records only: the referral's own incident is usually already on police records, and
    /// counting both would double it. Records with no perpetrator recorded are counted together — the hub
    /// cannot tell those perpetrators apart, and erring toward escalation is the safer mistake.
    func escalation() -> [RiskFinding] {
        let thresholds = policy.escalation
        return escalation(.domesticAbuseIncident, threshold: thresholds.incidentsBySamePerpetrator,
                          rule: "marac.escalation.incidents", noun: "domestic-abuse incidents")
            + escalation(.crimeReport, threshold: thresholds.crimesBySamePerpetrator,
                         rule: "marac.escalation.crimes", noun: "crimes")
    }

    private func escalation(_ kind: IntelligenceKind, threshold: Int, rule: String, noun: String) -> [RiskFinding] {
        let months = policy.escalation.windowMonths
        let grouped = Dictionary(grouping: facts.records(kind, withinMonths: months)) { $0.perpetratorId ?? "" }
        let escalating = grouped.filter { $0.value.count >= threshold }.sorted { $0.key < $1.key }
        return escalating.map { perpetrator, items in
            let who = perpetrator.isEmpty ? "no recorded perpetrator" : "the same alleged perpetrator (\(perpetrator))"
            return RiskFinding(
                flag: .maracEscalation, level: policy.riskLevels.marac,
                line: RationaleLine(
                    rule: rule,
                    text: "\(items.count) \(noun) by \(who) in the \(months) months before the referral (\(threshold) or more): escalation to MARAC",
                    facts: items.map(\.itemId).sorted()
                )
            )
        }
    }

    func honourBasedViolence() -> [RiskFinding] {
        guard facts.categories.contains(.honourBasedViolence) else { return [] }
        return [RiskFinding(
            flag: .maracHonourBasedViolence, level: policy.riskLevels.marac,
            line: RationaleLine(
                rule: "marac.honour-based-violence",
                text: "Suspected honour-based violence: MARAC referral required",
                facts: ["referral.concern.categories"]
            )
        )]
    }

    /// A new domestic-abuse referral while a MARAC case is open or within the window of one.
    func repeatAfterMARAC() -> [RiskFinding] {
        guard facts.categories.contains(.domesticAbuse) else { return [] }
        let months = policy.riskLevels.historyWindowMonths
        let cases = facts.records.filter { item in
            item.kind == .maracCase && item.date <= facts.receivedDate
                && (item.date.isWithin(months: months, before: facts.receivedDate)
                    || (item.endDate.map { $0.isWithin(months: months, before: facts.receivedDate) || $0 >= facts.receivedDate } ?? true))
        }
        guard !cases.isEmpty else { return [] }
        return [RiskFinding(
            flag: .maracRepeat, level: policy.riskLevels.marac,
            line: RationaleLine(
                rule: "marac.repeat",
                text: "New domestic-abuse referral within \(months) months of a MARAC case: repeat MARAC referral",
                facts: ["referral.concern.categories"] + cases.map(\.itemId).sorted()
            )
        )]
    }
}
