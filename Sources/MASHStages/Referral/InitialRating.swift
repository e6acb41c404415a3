import MASHCore

/// The referral stage's first-sight rating: the highest level any reason gives, and the reasons in words.
struct InitialRating {
    /// The initial level.
    let level: Level
    /// Why, one line per reason.
    let reasons: [String]

    var rag: RAG { level.rag }

    init(referral: Referral, policy: HubPolicy) {
        var level = Level.universal
        var reasons: [String] = []

        let categories = Self.unique(referral.concern.categories)
        let rated = categories.map { ($0, policy.screening.initialLevel(for: $0)) }
        level = max(level, rated.map(\.1).max() ?? .universal)
        reasons.append("concern categories: " + rated.map { "\($0.0) (level \($0.1.rawValue))" }.joined(separator: ", "))

        if let dash = referral.concern.dash {
            let yes = dash.yesCount
            let band = policy.dash.band(yesCount: yes)
            var line = "\(dash.version.rawValue) DASH: \(yes) yes answers, \(band.rawValue) risk"
            if let dashLevel = policy.dash.level(yesCount: yes) {
                let threshold = band == .high ? policy.dash.highFrom : policy.dash.mediumFrom
                line += " (\(threshold) or more): at least level \(dashLevel.rawValue)"
                level = max(level, dashLevel)
            }
            reasons.append(line)
        }

        if referral.concern.urgent == true {
            let urgentLevel = policy.screening.urgentMinimumLevel
            reasons.append("referrer marked the concern urgent: at least level \(urgentLevel.rawValue)")
            level = max(level, urgentLevel)
        }

        if let judgement = referral.concern.professionalJudgement {
            let judged = judgement.level
            reasons.append(judged > level
                ? "referrer's professional judgement: level \(judged.rawValue) (\(judgement.reason)): raised from level \(level.rawValue)"
                : "referrer's professional judgement of level \(judged.rawValue) does not lower level \(level.rawValue)")
            level = max(level, judged)
        }

        reasons.append("referred by \(referral.source.description) (census source \(referral.source.rawValue))")
        self.level = level
        self.reasons = reasons
    }

    private static func unique(_ categories: [ConcernCategory]) -> [ConcernCategory] {
        var seen = Set<ConcernCategory>()
        return categories.filter { seen.insert($0).inserted }
    }
}
