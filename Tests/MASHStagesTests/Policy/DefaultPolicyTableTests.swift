import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// The default policy file, rule by rule, on hand-written cases: each row a case just inside or just
/// outside one rule, and what the hub must conclude. Run through the risk and decision stages as the
/// workers run them, with the policy read from `policy/default.yaml`.
@Suite struct DefaultPolicyTableTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        var categories: [ConcernCategory] = [.other]
        var dashYes: Int?
        var items: [IntelligenceItem] = []
        var screened: Level = .universal
        /// The referrer's professional judgement of the level.
        var judgement: Level?
        /// What the hub must conclude.
        let level: Level
        var flag: RiskFlag?
        var marac = false
        let outcome: OutcomeKind
        /// A rationale rule that must have fired (or, prefixed "!", must not have).
        var rule: String?

        var testDescription: String { name }
    }

    private static func incidents(_ count: Int, monthsAgo: Int = 2, kind: IntelligenceKind = .domesticAbuseIncident) -> [IntelligenceItem] {
        RiskTesting.incidents(count, monthsAgo: monthsAgo, kind: kind)
    }

    private static func record(_ id: String, owner: Agency = .police, subject: String = "S1", kind: IntelligenceKind = .policeIntelligence,
                               monthsAgo: Int = 2, endedMonthsAgo: Int? = nil, factors: [CINFactor] = []) -> IntelligenceItem {
        Fixtures.item(id, owner: owner, subject: subject, kind: kind, date: RiskTesting.monthsAgo(monthsAgo),
                      endDate: endedMonthsAgo.map { RiskTesting.monthsAgo($0) }, factors: factors)
    }

    static let rows: [Row] = [
        // DASH: 13 is medium (level 3), 14 is high (level 4 and MARAC).
        Row(name: "DASH 13: medium risk", categories: [.domesticAbuse], dashYes: 13, level: .childInNeed, outcome: .s17Assessment, rule: "dash.medium-risk"),
        Row(name: "DASH 14: high risk, MARAC", categories: [.domesticAbuse], dashYes: 14, level: .childProtection, flag: .maracHighRiskDASH,
            marac: true, outcome: .s47StrategyDiscussion, rule: "dash.high-risk"),
        // Escalation: 5 incidents or 3 crimes by the same perpetrator in 12 months.
        Row(name: "4 incidents: no escalation", categories: [.domesticAbuse], items: incidents(4), level: .childInNeed, outcome: .s17Assessment,
            rule: "!marac.escalation.incidents"),
        Row(name: "5 incidents: escalation", categories: [.domesticAbuse], items: incidents(5), level: .childProtection, flag: .maracEscalation,
            marac: true, outcome: .s47StrategyDiscussion, rule: "marac.escalation.incidents"),
        Row(name: "2 crimes: no escalation", items: incidents(2, kind: .crimeReport), level: .universal, outcome: .informationAndAdvice,
            rule: "!marac.escalation.crimes"),
        Row(name: "3 crimes: escalation", items: incidents(3, kind: .crimeReport), level: .childProtection, flag: .maracEscalation,
            marac: true, outcome: .s47StrategyDiscussion, rule: "marac.escalation.crimes"),
        Row(name: "5th incident 11 months ago counts", categories: [.domesticAbuse], items: incidents(4) + RiskTesting.incidents(1, monthsAgo: 11, prefix: "OLD"),
            level: .childProtection, flag: .maracEscalation, marac: true, outcome: .s47StrategyDiscussion),
        Row(name: "5th incident 13 months ago does not", categories: [.domesticAbuse], items: incidents(4) + RiskTesting.incidents(1, monthsAgo: 13, prefix: "OLD"),
            level: .childInNeed, outcome: .s17Assessment, rule: "!marac.escalation.incidents"),
        // Honour-based violence, and a repeat within 12 months of a MARAC.
        Row(name: "honour-based violence: MARAC", categories: [.honourBasedViolence], level: .childProtection, flag: .maracHonourBasedViolence,
            marac: true, outcome: .s47StrategyDiscussion, rule: "marac.honour-based-violence"),
        Row(name: "domestic abuse 11 months after a MARAC", categories: [.domesticAbuse],
            items: [record("MARAC-1", subject: "S2", kind: .maracCase, monthsAgo: 11, endedMonthsAgo: 11)],
            level: .childProtection, flag: .maracRepeat, marac: true, outcome: .s47StrategyDiscussion, rule: "marac.repeat"),
        Row(name: "domestic abuse 13 months after a MARAC", categories: [.domesticAbuse],
            items: [record("MARAC-1", subject: "S2", kind: .maracCase, monthsAgo: 13, endedMonthsAgo: 13)],
            level: .childInNeed, outcome: .s17Assessment, rule: "!marac.repeat"),
        // Re-referral within 12 months: at least early help.
        Row(name: "re-referral 11 months on", items: [record("SC-REF", owner: .socialCare, kind: .previousReferral, monthsAgo: 11)],
            level: .earlyHelp, flag: .repeatReferral, outcome: .earlyHelp, rule: "repeat-referral"),
        Row(name: "a referral 13 months before is not a re-referral", items: [record("SC-REF", owner: .socialCare, kind: .previousReferral, monthsAgo: 13)],
            level: .universal, outcome: .informationAndAdvice, rule: "!repeat-referral"),
        // A child protection plan or care, now or ended within 12 months.
        Row(name: "on a child protection plan", items: [record("SC-CPP", owner: .socialCare, kind: .childProtectionPlan, monthsAgo: 20)],
            level: .childProtection, flag: .childProtectionPlan, outcome: .s47StrategyDiscussion, rule: "child-protection-plan"),
        Row(name: "plan ended 11 months ago", items: [record("SC-CPP", owner: .socialCare, kind: .childProtectionPlan, monthsAgo: 30, endedMonthsAgo: 11)],
            level: .childProtection, flag: .childProtectionPlan, outcome: .s47StrategyDiscussion),
        Row(name: "plan ended 13 months ago", items: [record("SC-CPP", owner: .socialCare, kind: .childProtectionPlan, monthsAgo: 30, endedMonthsAgo: 13)],
            level: .universal, outcome: .informationAndAdvice, rule: "!child-protection-plan"),
        Row(name: "looked after until 11 months ago", items: [record("SC-LAC", owner: .socialCare, kind: .lookedAfter, monthsAgo: 30, endedMonthsAgo: 11)],
            level: .childInNeed, flag: .lookedAfter, outcome: .s17Assessment, rule: "looked-after"),
        // Agencies' records: missing, open cases, exploitation.
        Row(name: "a missing episode", items: [record("MIS-1", kind: .missingEpisode)], level: .childInNeed, flag: .missingChild,
            outcome: .s17Assessment, rule: "missing-child"),
        Row(name: "open to probation's youth team", items: [record("YOT-1", owner: .probation, kind: .openCase)], level: .childInNeed,
            flag: .openCase, outcome: .s17Assessment, rule: "open-case"),
        // The continuum: factors on records within the window, alone and together.
        Row(name: "factor 18C on a record 11 months old", items: [record("INT-1", monthsAgo: 11, factors: [.physicalAbuseAdultOnChild])],
            level: .childProtection, outcome: .s47StrategyDiscussion, rule: "continuum.factor.18C"),
        Row(name: "factor 18C on a record 13 months old", items: [record("INT-1", monthsAgo: 13, factors: [.physicalAbuseAdultOnChild])],
            level: .universal, outcome: .informationAndAdvice, rule: "!continuum.factor.18C"),
        Row(name: "a parent's mental health alone is early help", items: [record("GP-1", owner: .health, subject: "S2", factors: [.mentalHealthParentOrCarer])],
            level: .earlyHelp, outcome: .earlyHelp, rule: "continuum.factor.4B"),
        Row(name: "mental health with substance misuse is a child in need",
            items: [record("GP-1", owner: .health, subject: "S2", factors: [.mentalHealthParentOrCarer]),
                    record("INT-2", subject: "S2", factors: [.drugMisuseParentOrCarer])],
            level: .childInNeed, outcome: .s17Assessment, rule: "continuum.combination"),
        Row(name: "the toxic trio is child protection", categories: [.domesticAbuse],
            items: [record("GP-1", owner: .health, subject: "S2", factors: [.mentalHealthParentOrCarer]),
                    record("INT-2", subject: "S2", factors: [.alcoholMisuseParentOrCarer])],
            level: .childProtection, outcome: .s47StrategyDiscussion, rule: "continuum.combination"),
        // Judgement may raise a level, never lower it: the referrer's, and the screening's.
        Row(name: "a professional judgement raises the level", judgement: .childInNeed, level: .childInNeed, flag: .professionalJudgement,
            outcome: .s17Assessment, rule: "professional-judgement"),
        Row(name: "a professional judgement never lowers it", categories: [.domesticAbuse], dashYes: 14, judgement: .earlyHelp,
            level: .childProtection, flag: .maracHighRiskDASH, marac: true, outcome: .s47StrategyDiscussion, rule: "professional-judgement"),
        Row(name: "a Red screening is never lowered", screened: .childProtection, level: .childProtection, outcome: .s47StrategyDiscussion,
            rule: "screening.level"),
    ]

    @Test(arguments: rows)
    func theDefaultPolicyConcludes(row: Row) throws {
        let policy = PolicyFiles.defaultPolicy
        let referral = Fixtures.referral {
            $0.concern.categories = row.categories
            $0.concern.dash = row.dashYes.map { Fixtures.dash(yes: $0) }
            $0.concern.professionalJudgement = row.judgement.map { ProfessionalJudgement(level: $0, reason: "what the referrer saw at home") }
        }
        // As screening rates it: the highest of the categories and the judgement (DASH bands are the risk rules' to find).
        let screened = max(row.screened, row.judgement ?? .universal, row.categories.map(policy.screening.initialLevel).max() ?? .universal)
        let researched = Fixtures.researched(referral, level: screened, items: row.items)
        let assessed = try RiskAssessor(policy: policy).assess(Fixtures.input(researched)).caseFile(on: .decision)
        let assessment = try #require(assessed.assessment)
        let records = try DecisionTesting.decide(assessed, policy: policy)
        // The policy proposes; from level 3, or on the referrer's judgement alone, a person decides.
        let held = try records.review
        #expect((held != nil) == (row.level >= .childInNeed || assessment.flags.contains(.professionalJudgement)))
        let decision = try held?.decision ?? records.outcome.decision

        #expect(assessment.level == row.level)
        #expect(assessment.rag == row.level.rag)
        #expect(assessment.maracRequired == row.marac)
        if let flag = row.flag { #expect(assessment.flags.contains(flag)) }
        if row.judgement != nil && row.flag != .professionalJudgement { #expect(!assessment.flags.contains(.professionalJudgement)) }
        #expect(decision.outcome == row.outcome)
        #expect(decision.additionalOutcomes.contains(.maracReferral) == row.marac)
        #expect(decision.decidedBy == "policy default-2026.1")
        if let rule = row.rule {
            let fired = assessment.rationale.map(\.rule)
            if rule.hasPrefix("!") { #expect(!fired.contains(String(rule.dropFirst())), "\(fired)") } else { #expect(fired.contains(rule), "\(fired)") }
        }
        // Every line that fired cites what it rests on, and a change of RAG says why.
        #expect(assessment.rationale.allSatisfy { !$0.facts.isEmpty })
        if assessment.rag != researched.screening.rag {
            let reRating = try #require(assessment.reRating)
            #expect(reRating.from == researched.screening.rag && reRating.to == assessment.rag && !reRating.reason.isEmpty)
        } else {
            #expect(assessment.reRating == nil)
        }
    }

    @Test func theRepeatReferralShowsTheCount() throws {
        let items = (1...3).map { Self.record("SC-REF-\($0)", owner: .socialCare, kind: .previousReferral, monthsAgo: $0 * 3) }
        let assessment = try RiskTesting.assess(Fixtures.researched(Fixtures.referral { $0.concern.categories = [.other] }, level: .universal, items: items),
                                                policy: PolicyFiles.defaultPolicy)
        let line = try #require(assessment.line("repeat-referral"))
        #expect(line.text.hasPrefix("Re-referral: 3 earlier referrals about the child in the 12 months"))
        #expect(line.facts == ["screening.previousReferralCount", "SC-REF-1", "SC-REF-2", "SC-REF-3"])
    }
}
