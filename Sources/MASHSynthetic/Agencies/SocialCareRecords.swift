import MASHCore

/// The children's social care extract: open cases with their allocated worker, child protection plans
/// (current and recently ended), looked-after episodes and previous referrals.
enum SocialCareRecords {
    static func append(for household: Household, context: inout ExtractContext, into block: inout [PendingRecord]) {
        let children = context.children(of: household)
        guard !children.isEmpty else { return }
        let factors = householdFactors(household)
        var caseReference: String?
        for child in children {
            let facts = context.population.people[child].circumstances
            let siblings = children.filter { $0 != child }
            if facts.contains(.openCase), let opened = context.day(for: child, daysAgo: 60...900) {
                let reference = caseReference ?? context.nextCaseReference(prefix: "CS", day: opened)
                caseReference = reference
                openCase(child, facts: facts, opened: opened, reference: reference, household: household, factors: factors, siblings: siblings, context: &context, into: &block)
            }
            if facts.contains(.childProtectionPlanEnded), let ended = context.day(for: child, daysAgo: 20...330) {
                let started = max(DayNumber.of(context.population.people[child].dateOfBirth), ended - 180 - context.random.below(360))
                block.append(PendingRecord(
                    person: child, kind: .childProtectionPlan, day: started, endDay: ended,
                    summary: "Child protection plan under the category of \(category(household)); ended when risks reduced, stepped down to child in need.",
                    factors: factors, associates: siblings, caseReference: context.nextCaseReference(prefix: "CP", day: started),
                    disclosure: context.chance(0.85) ? Sharing.actingAgencies : Sharing.socialCareAndHealth
                ))
            }
            if facts.contains(.lookedAfterEnded), let ended = context.day(for: child, daysAgo: 400...1400) {
                let started = max(DayNumber.of(context.population.people[child].dateOfBirth), ended - 60 - context.random.below(500))
                block.append(PendingRecord(
                    person: child, kind: .lookedAfter, day: started, endDay: ended,
                    summary: context.pick([
                        "Accommodated under s20 with the parent's agreement; returned home to the parent.",
                        "Looked after under an interim care order (s38); placed with grandparents, later a special guardianship order.",
                    ]),
                    associates: siblings, disclosure: Sharing.socialCareAndHealth
                ))
            }
            previousReferrals(of: child, facts: facts, household: household, factors: factors, context: &context, into: &block)
        }
    }

    private static func openCase(
        _ child: Int, facts: PersonCircumstances, opened: Int, reference: String, household: Household,
        factors: [CINFactor], siblings: [Int], context: inout ExtractContext, into block: inout [PendingRecord]
    ) {
        let worker = context.worker(for: household)
        let plan = facts.contains(.childProtectionPlan) ? "Child protection plan"
            : facts.contains(.lookedAfter) ? "Looked after" : "Child in need plan (s17)"
        block.append(PendingRecord(
            person: child, kind: .openCase, day: opened,
            summary: plan + ": allocated to " + worker + ". " + context.pick([
                "Weekly visits; core group meets monthly.", "Parenting assessment under way.",
                "Family support worker visiting twice a week.", "Review child in need meeting booked.",
            ]),
            factors: factors, associates: siblings, caseReference: reference, allocatedWorker: worker,
            disclosure: context.chance(0.85) ? Sharing.actingAgencies : Sharing.socialCareAndHealth
        ))
        if facts.contains(.childProtectionPlan) {
            let started = min(context.extractDay - 1, opened + 30 + context.random.below(60))
            block.append(PendingRecord(
                person: child, kind: .childProtectionPlan, day: started,
                summary: "Child protection plan under the category of \(category(household)); next review conference due.",
                factors: factors, associates: siblings, caseReference: reference, allocatedWorker: worker,
                disclosure: Sharing.actingAgencies
            ))
        }
        if facts.contains(.lookedAfter) {
            let started = min(context.extractDay - 1, opened + context.random.below(120))
            block.append(PendingRecord(
                person: child, kind: .lookedAfter, day: started,
                summary: context.pick([
                    "Looked after under an interim care order (s38); placed with local authority foster carers.",
                    "Accommodated under s20 with the parent's agreement; placed with a grandparent (kinship care).",
                    "Looked after under a full care order (s31); placed in a residential children's home.",
                ]),
                associates: siblings, caseReference: reference, allocatedWorker: worker,
                // Where a child is placed can itself put them at risk: some placements stay in the hub.
                disclosure: context.chance(0.2) ? Sharing.hubOnly : Sharing.socialCareAndHealth
            ))
        }
    }

    /// Earlier contacts: dated more than a year before the child's first referral in the stream,
    /// except one within the year for each planned re-referral.
    private static func previousReferrals(
        of child: Int, facts: PersonCircumstances, household: Household, factors: [CINFactor],
        context: inout ExtractContext, into block: inout [PendingRecord]
    ) {
        let schedule = context.schedule
        let extractDay = context.extractDay
        let reReferralDay = Int(schedule.reReferralDay[child])
        if reReferralDay != Int(Int32.max) {
            let earliest = max(reReferralDay - 330, DayNumber.of(context.population.people[child].dateOfBirth))
            if earliest < extractDay {
                let day = earliest + context.random.below(extractDay - earliest)
                block.append(previousReferral(child, day: day, factors: factors, context: &context))
            }
        }
        guard facts.contains(.previouslyReferred) else { return }
        let firstReferral = Int(schedule.firstReferralDay[child])
        let latestAgo = firstReferral == Int(Int32.max) ? 1 : max(1, extractDay - (firstReferral - 400))
        for _ in 0..<(1 + context.random.below(3)) {
            guard let day = context.day(for: child, daysAgo: latestAgo...(latestAgo + 730)) else { continue }
            block.append(previousReferral(child, day: day, factors: factors, context: &context))
        }
    }

    private static func previousReferral(_ child: Int, day: Int, factors: [CINFactor], context: inout ExtractContext) -> PendingRecord {
        let source = ReferralSourceMix.sources.pick(using: &context.random)
        let outcome = context.pick([
            "no further action", "information and advice", "stepped down to early help",
            "single assessment, closed with no services", "single assessment, child in need plan", "strategy discussion, s47 enquiry",
        ])
        return PendingRecord(
            person: child, kind: .previousReferral, day: day,
            summary: "Referral from " + source.description + " (" + source.rawValue + "); outcome: " + outcome + ".",
            factors: factors,
            disclosure: context.chance(0.7) ? Sharing.actingAgencies : context.chance(0.7) ? Sharing.socialCareAndHealth : Sharing.socialCareOnly
        )
    }

    private static func householdFactors(_ household: Household) -> [CINFactor] {
        var factors: [CINFactor] = []
        let facts = household.circumstances
        if facts.contains(.domesticAbuse) { factors.append(.domesticViolenceChild) }
        if facts.contains(.neglect) { factors.append(.neglect) }
        if facts.contains(.parentalMentalHealth) { factors.append(.mentalHealthParentOrCarer) }
        if facts.contains(.substanceMisuse) { factors.append(.drugMisuseParentOrCarer) }
        return factors.isEmpty ? [.other] : factors
    }

    private static func category(_ household: Household) -> String {
        var categories: [String] = []
        if household.circumstances.contains(.neglect) { categories.append("neglect (NEG)") }
        if household.circumstances.contains(.domesticAbuse) { categories.append("emotional abuse (EMO)") }
        if categories.count > 1 { return "multiple (MUL)" }
        return categories.first ?? "emotional abuse (EMO)"
    }
}
