import MASHCore

/// The referrer's professional judgement of the level: it raises the level the rules give, never lowers it.
enum ProfessionalJudgementRule {
    /// A finding for the judgement, if the referral records one. It is flagged when it is above every
    /// level the rules found, because then the case's level rests on it; a judgement below the rules is
    /// recorded as not lowering them.
    static func findings(_ referral: Referral, ruledLevel: Level?) -> [RiskFinding] {
        guard let judgement = referral.concern.professionalJudgement else { return [] }
        let ruled = ruledLevel ?? .universal
        let raises = judgement.level > ruled
        let text = raises
            ? "Referrer's professional judgement: level \(judgement.level.rawValue) (\(judgement.reason)), above the rules' level \(ruled.rawValue)"
            : "Referrer's professional judgement of level \(judgement.level.rawValue) (\(judgement.reason)) does not lower the rules' level \(ruled.rawValue)"
        return [RiskFinding(
            flag: raises ? .professionalJudgement : nil, level: judgement.level,
            line: RationaleLine(rule: "professional-judgement", text: text, facts: ["referral.concern.professionalJudgement"])
        )]
    }
}
