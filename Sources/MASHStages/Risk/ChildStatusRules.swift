import MASHCore

/// The rules about the child's own history: a child protection plan, being looked after, an open case,
/// missing episodes, exploitation, and earlier referrals.
struct ChildStatusRules {
    let facts: CaseFacts
    let policy: HubPolicy

    func findings() -> [RiskFinding] {
        careStatus(.childProtectionPlan, flag: .childProtectionPlan, level: policy.riskLevels.childProtectionPlan,
                   rule: "child-protection-plan", noun: "on a child protection plan")
            + careStatus(.lookedAfter, flag: .lookedAfter, level: policy.riskLevels.lookedAfter,
                         rule: "looked-after", noun: "looked after")
            + openCase() + missing() + exploitation() + repeatReferral() + repeatLowLevelConcerns()
    }

    /// A plan or care episode open when the referral came, or ended within the policy's months before it.
    private func careStatus(_ kind: IntelligenceKind, flag: RiskFlag, level: Level, rule: String, noun: String) -> [RiskFinding] {
        let months = policy.riskLevels.careEndedWithinMonths
        let items = facts.childRecords(kind).filter { facts.isCurrentOrRecent($0, endedWithinMonths: months) }
        guard !items.isEmpty else { return [] }
        let current = items.contains { $0.endDate.map { $0 >= facts.receivedDate } ?? true }
        let when = current ? "is \(noun)" : "was \(noun) within the last \(months) months"
        return [RiskFinding(
            flag: flag, level: level,
            line: RationaleLine(rule: rule, text: "The child \(when): at least level \(level.rawValue)", facts: items.map(\.itemId).sorted())
        )]
    }

    private func openCase() -> [RiskFinding] {
        let items = facts.childRecords(.openCase).filter(facts.isOpen)
        let routing = facts.screening.openCase
        guard !items.isEmpty || routing != nil else { return [] }
        var owners = items.map(\.owner.displayName)
        if let routing { owners.append(routing.agency.displayName) }
        let level = policy.riskLevels.openCase
        return [RiskFinding(
            flag: .openCase, level: level,
            line: RationaleLine(
                rule: "open-case",
                text: "The child is open to \(Self.list(owners)): at least level \(level.rawValue)",
                facts: items.map(\.itemId).sorted() + (routing == nil ? [] : ["screening.openCase"])
            )
        )]
    }

    private func missing() -> [RiskFinding] {
        let months = policy.riskLevels.historyWindowMonths
        let items = facts.records(.missingEpisode, withinMonths: months).filter { facts.childIds.contains($0.subjectId) }
            + recentChildItems(withFactors: [.missing]).filter { $0.kind != .missingEpisode }
        let referred = facts.categories.contains(.missing)
        guard referred || !items.isEmpty else { return [] }
        let level = policy.riskLevels.missingChild
        return [RiskFinding(
            flag: .missingChild, level: level,
            line: RationaleLine(
                rule: "missing-child",
                text: "The child has been missing (\(Self.count(items.count, "missing record")) in \(months) months\(referred ? ", and the referral concerns a missing child" : "")): at least level \(level.rawValue)",
                facts: (referred ? ["referral.concern.categories"] : []) + items.map(\.itemId).sorted()
            )
        )]
    }

    private func exploitation() -> [RiskFinding] {
        let exploitationCategories: Set<ConcernCategory> = [.childSexualExploitation, .childCriminalExploitation, .trafficking, .gangs]
        let referred = facts.categories.intersection(exploitationCategories)
        let items = recentChildItems(withFactors: [.childSexualExploitation, .childCriminalExploitation, .trafficking, .gangs])
        guard !referred.isEmpty || !items.isEmpty else { return [] }
        let level = policy.riskLevels.exploitation
        let named = ConcernCategory.allCases.filter(referred.contains).map(\.description)
        let source = named.isEmpty ? "agencies' records" : "the referral (\(named.joined(separator: ", ")))"
        return [RiskFinding(
            flag: .exploitation, level: level,
            line: RationaleLine(
                rule: "exploitation",
                text: "Signs of exploitation, trafficking or gangs in \(source)\(items.isEmpty || named.isEmpty ? "" : " and agencies' records"): at least level \(level.rawValue)",
                facts: (referred.isEmpty ? [] : ["referral.concern.categories"]) + items.map(\.itemId).sorted()
            )
        )]
    }

    /// A referral within the window of earlier ones: the screening's count, or the previous referrals
    /// research found, whichever is higher.
    private func repeatReferral() -> [RiskFinding] {
        let months = policy.riskLevels.repeatReferralWindowMonths
        let found = facts.records(.previousReferral, withinMonths: months).filter { facts.childIds.contains($0.subjectId) }
        let screened = max(0, facts.screening.previousReferralCount)
        let count = max(screened, found.count)
        guard count > 0 || facts.screening.isReReferral else { return [] }
        let level = policy.riskLevels.repeatReferral
        return [RiskFinding(
            flag: .repeatReferral, level: level,
            line: RationaleLine(
                rule: "repeat-referral",
                text: "Re-referral: \(Self.count(max(count, 1), "earlier referral")) about the child in the \(months) months before this one: at least level \(level.rawValue)",
                facts: ["screening.previousReferralCount"] + found.map(\.itemId).sorted()
            )
        )]
    }

    /// Earlier referrals the hub handled that ended low (information and advice, no further action) and come
    /// often enough together to say more than each did.
    private func repeatLowLevelConcerns() -> [RiskFinding] {
        let levels = policy.riskLevels
        let low = (facts.screening.previousReferrals ?? []).filter { $0.outcome.map(levels.repeatLowLevelOutcomes.contains) ?? false }
        guard low.count >= levels.repeatLowLevelCount else { return [] }
        let outcomes = Self.list(low.compactMap { $0.outcome?.rawValue.replacingOccurrences(of: "-", with: " ") })
        return [RiskFinding(
            flag: .repeatReferral, level: levels.repeatLowLevel,
            line: RationaleLine(
                rule: "repeat-low-level",
                text: "Repeated low-level concerns: \(Self.count(low.count, "earlier referral")) in the \(levels.repeatReferralWindowMonths) months before this one ended in \(outcomes) (\(levels.repeatLowLevelCount) or more): at least level \(levels.repeatLowLevel.rawValue)",
                facts: ["screening.previousReferrals"]
            )
        )]
    }

    /// Items about a child, within the history window, that carry any of `factors`.
    private func recentChildItems(withFactors factors: Set<CINFactor>) -> [IntelligenceItem] {
        let months = policy.riskLevels.historyWindowMonths
        return facts.records.filter { item in
            facts.childIds.contains(item.subjectId) && item.date.isWithin(months: months, before: facts.receivedDate)
                && item.factors.contains(where: factors.contains)
        }
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func list(_ names: [String]) -> String {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }.joined(separator: ", ")
    }
}
