import MASHCore

/// The domestic-abuse service extract: support to survivors, much of it kept within the hub for their safety.
enum DomesticAbuseServiceRecords {
    static func append(for household: Household, context: inout ExtractContext, into block: inout [PendingRecord]) {
        guard let abuse = household.domesticAbuse, abuse.supportedByService,
              let start = context.day(for: abuse.victim, daysAgo: 7...365)
        else { return }
        let yes = DASHScores.yesCount(in: abuse.riskBand, random: &context.random)
        let ended = context.chance(0.35)
        block.append(PendingRecord(
            person: abuse.victim, kind: .domesticAbuseServiceSupport, day: start,
            endDay: ended ? context.end(after: start, length: 30 + context.random.below(120)) : nil,
            summary: (abuse.maracCase ? "IDVA support after MARAC" : "Outreach support") + "; partner DASH \(yes) yes answers; "
                + context.pick(["safety plan in place.", "sanctuary scheme measures fitted.", "attending a recovery group.", "support declined after first contact."]),
            factors: [.domesticViolenceParentOrCarer], dashYesCount: yes,
            disclosure: context.chance(0.5) ? Sharing.hubOnly : Sharing.survivorService
        ))
    }
}
