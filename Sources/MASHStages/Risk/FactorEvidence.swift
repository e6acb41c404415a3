import MASHCore

/// The census factors that count toward the continuum's levels, each with the facts that evidence it:
/// the referral's concerns, and agencies' records dated within the history window or, for plans, cases
/// and placements, still open at receipt.
///
/// Factors are coded as `FactorCoding` codes them (A child, B parent or carer, C other household member); a
/// themed factor on an alleged perpetrator's or associate's record says nothing about the child's household
/// and is left out.
struct FactorEvidence {
    /// The facts behind each factor: "referral.concern.categories" and item ids.
    let facts: [CINFactor: [String]]

    init(_ caseFacts: CaseFacts, windowMonths: Int) {
        var facts: [CINFactor: [String]] = [:]
        func add(_ factor: CINFactor, _ fact: String) {
            if !(facts[factor]?.contains(fact) ?? false) { facts[factor, default: []].append(fact) }
        }
        for factor in FactorCoding.referralFactors(caseFacts.referral) { add(factor, "referral.concern.categories") }
        for item in caseFacts.records where Self.counts(item, caseFacts, windowMonths: windowMonths) {
            for factor in FactorCoding.factors(of: item, subjectRole: caseFacts.role(of: item.subjectId)) { add(factor, item.itemId) }
        }
        facts[.noFactorsIdentified] = nil
        self.facts = facts
    }

    /// The factors present.
    var present: Set<CINFactor> { Set(facts.keys) }

    /// Records that run over time (a plan, a placement, an open case, supervision, support) rather than
    /// happen on a day: one of these still open at receipt counts however long ago it started.
    private static let ongoingKinds: Set<IntelligenceKind> = [
        .openCase, .childProtectionPlan, .lookedAfter, .maracCase, .probationSupervision, .domesticAbuseServiceSupport,
    ]

    /// Whether a record is recent enough to weigh: dated within the window, or ongoing and still open at receipt.
    private static func counts(_ item: IntelligenceItem, _ facts: CaseFacts, windowMonths: Int) -> Bool {
        item.date.isWithin(months: windowMonths, before: facts.receivedDate)
            || (ongoingKinds.contains(item.kind) && facts.isOpen(item))
    }
}
