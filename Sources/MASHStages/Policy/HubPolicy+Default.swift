import MASHCore

extension HubPolicy {
    /// A London-style policy with Merton's research deadlines; a hub replaces it with its own agreed values.
    public static let `default` = HubPolicy(
        version: "default-2026.1",
        // Monday to Friday, 09:00-17:00 UTC, England and Wales bank holidays 2026-2027. No default deadline
        // counts working hours; the calendar is there for a hub that changes one to do so.
        calendar: WorkingCalendar(bankHolidays: defaultBankHolidays),
        // Merton: Red 2 h, Amber 6 h, Green 24 h, all clock hours; Blue no MASH response. Every agency alike.
        researchDeadlines: ResearchDeadlines(red: .clockHours(2), amber: .clockHours(6), green: .clockHours(24), blue: nil),
        screening: ScreeningPolicy(
            initialLevels: defaultInitialLevels,
            // A category missing from the table gets no level of its own.
            unlistedCategoryLevel: .universal,
            // A referrer's "urgent" is taken at its word: at least Amber.
            urgentMinimumLevel: .childInNeed
        ),
        continuum: ContinuumPolicy(factorLevels: defaultFactorLevels, combinations: defaultCombinations),
        // DASH bands: 1-9 standard, 10-13 medium (at least level 3), 14+ high (level 4 and MARAC).
        dash: DASHThresholds(mediumFrom: 10, highFrom: 14, mediumLevel: .childInNeed, highLevel: .childProtection),
        // MARAC escalation: 5 domestic-abuse incidents or 3 crimes by the same perpetrator in 12 months.
        escalation: EscalationThresholds(incidentsBySamePerpetrator: 5, crimesBySamePerpetrator: 3, windowMonths: 12),
        riskLevels: RiskLevels(
            // Any MARAC reason puts the child at level 4.
            marac: .childProtection,
            // A child protection plan, now or ended within 12 months: level 4 (as CP-IS flags it).
            childProtectionPlan: .childProtection,
            // Looked after, now or ended within 12 months: level 3.
            lookedAfter: .childInNeed,
            careEndedWithinMonths: 12,
            // Open to an agency other than social care (social care's own open cases are routed): level 3.
            openCase: .childInNeed,
            // Missing episodes: level 3.
            missingChild: .childInNeed,
            // Exploitation, trafficking or gangs on agencies' records: level 3 (the referral's own
            // exploitation categories already screen at level 4).
            exploitation: .childInNeed,
            // A re-referral within 12 months is at least early help: repeats are what MASH must spot.
            repeatReferral: .earlyHelp,
            repeatReferralWindowMonths: 12,
            // Three or more earlier referrals in the window that ended in information and advice or no further
            // action: at least early help.
            repeatLowLevelOutcomes: [.informationAndAdvice, .noFurtherAction], repeatLowLevelCount: 3, repeatLowLevel: .earlyHelp,
            // MARAC cases, missing episodes and items' DASH scores count for 12 months.
            historyWindowMonths: 12
        ),
        score: ScoreWeights(perLevel: 10, perFactor: 2, flags: defaultFlagWeights),
        outcomes: LevelOutcomes(
            // Level 1: information and advice to the referrer; no agency tasked.
            level1: LevelResponse(outcome: .informationAndAdvice),
            // Level 2: early help.
            level2: LevelResponse(outcome: .earlyHelp),
            // Level 3: child-in-need assessment (s17).
            level3: LevelResponse(outcome: .s17Assessment),
            // Level 4: s47 strategy discussion with a police investigation.
            level4: LevelResponse(outcome: .s47StrategyDiscussion, additionalOutcomes: [.policeInvestigation])
        ),
        // Health follows up from level 2 when it holds records, the child is under 5, or on a plan / looked after.
        healthFollowUp: HealthFollowUpPolicy(
            minimumLevel: .earlyHelp, whenHealthHoldsRecords: true, whenChildYoungerThan: 5,
            whenChildProtectionPlanOrLookedAfter: true
        ),
        taskings: defaultTaskings,
        // A person signs off every decision at level 3 or 4, every Red one, any resting on a possible match, on
        // consent refused or overridden, on conflicting indications, on professional judgement alone, or made
        // while an agency has not responded at level 3 or more, and any routing to an allocated worker while
        // Red. A Red decision is due in 4 clock hours, any other within one working day (Working Together).
        signOff: SignOffPolicy(
            everyDecision: false, fromLevel: .childInNeed, red: true, conflictScreenedAtMost: .green,
            conflictAssessedAtLeast: .childProtection, missingResponseFromLevel: .childInNeed, possibleMatchBelow: 0.99,
            consentRefusedOrOverridden: true, professionalJudgement: true, allocatedWorkerWhenRed: true,
            decisionDue: RAGDeadlines(red: .clockHours(4), amber: .workingHours(8), green: .workingHours(8), blue: .workingHours(8))
        ),
        sharing: SharingPolicy(
            // Child protection (level 4) overrides the need for consent; below it consent is needed (Haringey)
            // for items under either regime.
            withoutConsentFromLevel: .childProtection, consentNeededUnder: [.ukGDPR, .dpa2018Part3],
            // No standing rules: every item carries its owner's own disclosure.
            disclosureRules: DisclosureRules(),
            // Without consent below child protection, only children's social care's own records are searched.
            researchWithoutConsent: [.socialCare]
        )
    )

    /// England and Wales bank holidays, 2026 and 2027.
    private static let defaultBankHolidays: [LocalDate] = [
        "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
        "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
    ].compactMap { LocalDate(iso8601: $0) }

    /// Factor levels mirror the concern categories' initial levels, so a factor on agencies' records weighs
    /// what the same concern in a referral does: adult-on-child physical and sexual abuse and FGM at 4;
    /// domestic abuse, neglect, emotional abuse, child-on-child abuse, missing, exploitation, gangs, self-harm,
    /// faith-based abuse, unaccompanied and privately fostered children at 3 (as the exploitation rule);
    /// substance misuse, mental health, young carers and behaviour at 2. Disability, "other" and "no factors"
    /// set no level on their own.
    private static let defaultFactorLevels: CodeTable<CINFactor, Level> = {
        var levels: [CINFactor: Level] = [:]
        for factor in [CINFactor.physicalAbuseAdultOnChild, .sexualAbuseAdultOnChild, .femaleGenitalMutilation] {
            levels[factor] = .childProtection
        }
        for factor in [CINFactor.domesticViolenceChild, .domesticViolenceParentOrCarer, .domesticViolenceOtherInHousehold,
                       .neglect, .emotionalAbuse, .physicalAbuseChildOnChild, .sexualAbuseChildOnChild, .missing,
                       .childSexualExploitation, .trafficking, .gangs, .childCriminalExploitation, .selfHarm,
                       .abuseLinkedToFaithOrBelief, .unaccompaniedAsylumSeekingChild,
                       .privatelyFosteredOverseasIntendingToReturn, .privatelyFosteredOverseasIntendingToStay,
                       .privatelyFosteredUKEducationalPlacement, .privatelyFosteredUKAlternativeFamilyArrangement,
                       .privatelyFosteredOther] {
            levels[factor] = .childInNeed
        }
        for factor in [CINFactor.alcoholMisuseChild, .alcoholMisuseParentOrCarer, .alcoholMisuseOtherInHousehold,
                       .drugMisuseChild, .drugMisuseParentOrCarer, .drugMisuseOtherInHousehold, .mentalHealthChild,
                       .mentalHealthParentOrCarer, .mentalHealthOtherInHousehold, .youngCarer, .sociallyUnacceptableBehaviour] {
            levels[factor] = .earlyHelp
        }
        return CodeTable(levels)
    }()

    /// A parent's mental ill health with substance misuse in the household is a child in need (each alone is
    /// early help); with domestic abuse as well — the "toxic trio" serious case reviews keep finding — it is
    /// child protection.
    private static let defaultCombinations: [FactorCombination] = {
        let mentalHealth: [CINFactor] = [.mentalHealthParentOrCarer, .mentalHealthOtherInHousehold]
        let substances: [CINFactor] = [.alcoholMisuseParentOrCarer, .alcoholMisuseOtherInHousehold,
                                       .drugMisuseParentOrCarer, .drugMisuseOtherInHousehold]
        let domesticAbuse: [CINFactor] = [.domesticViolenceChild, .domesticViolenceParentOrCarer, .domesticViolenceOtherInHousehold]
        return [
            FactorCombination(name: "parental mental ill health with substance misuse", allOf: [mentalHealth, substances], level: .childInNeed),
            FactorCombination(name: "toxic trio", allOf: [domesticAbuse, mentalHealth, substances], level: .childProtection),
        ]
    }()

    /// Initial levels: harm that needs a strategy discussion now at 4, the child-in-need concerns at 3,
    /// family stresses at 2, anything else at 1.
    private static let defaultInitialLevels = CodeTable<ConcernCategory, Level>([
        .physicalAbuse: .childProtection, .sexualAbuse: .childProtection, .fgm: .childProtection,
        .honourBasedViolence: .childProtection, .trafficking: .childProtection,
        .childSexualExploitation: .childProtection, .childCriminalExploitation: .childProtection,
        .domesticAbuse: .childInNeed, .neglect: .childInNeed, .emotionalAbuse: .childInNeed, .missing: .childInNeed,
        .gangs: .childInNeed, .selfHarm: .childInNeed, .faithBasedAbuse: .childInNeed, .radicalisation: .childInNeed,
        .unaccompaniedAsylumSeeker: .childInNeed, .privateFostering: .childInNeed,
        .childMentalHealth: .earlyHelp, .parentalMentalHealth: .earlyHelp, .parentalSubstanceMisuse: .earlyHelp,
        .schoolAttendance: .earlyHelp, .behaviour: .earlyHelp, .housing: .earlyHelp, .youngCarer: .earlyHelp,
        .other: .universal,
    ])

    /// Flag weights: MARAC reasons 20 (repeat 15), plan 15, exploitation 15, looked after and missing 10,
    /// re-referral, open case and professional judgement 5.
    private static let defaultFlagWeights = CodeTable<RiskFlag, Int>([
        .maracHighRiskDASH: 20, .maracEscalation: 20, .maracHonourBasedViolence: 20, .maracRepeat: 15, .maracProfessionalJudgement: 20,
        .childProtectionPlan: 15, .exploitation: 15, .lookedAfter: 10, .missingChild: 10,
        .repeatReferral: 5, .openCase: 5, .professionalJudgement: 5,
    ])

    /// Taskings, due in clock hours from receipt: strategy discussion and police 4 h, MARAC referral and
    /// s17 24 h, health 48 h, early help 72 h. Health hears only about the child and parents or carers.
    private static let defaultTaskings: [TaskingRule] = {
        let family: [SubjectRole] = [.child, .parent, .carer]
        return [
            TaskingRule(outcome: .earlyHelp, recipient: .socialCare, action: .earlyHelpAssessment, due: .clockHours(72)),
            TaskingRule(outcome: .s17Assessment, recipient: .socialCare, action: .s17Assessment, due: .clockHours(24)),
            TaskingRule(outcome: .s47StrategyDiscussion, recipient: .socialCare, action: .s47StrategyDiscussion, due: .clockHours(4)),
            TaskingRule(outcome: .policeInvestigation, recipient: .police, action: .childAbuseInvestigation, due: .clockHours(4)),
            TaskingRule(outcome: .maracReferral, recipient: .police, action: .maracReferral, due: .clockHours(24)),
            TaskingRule(outcome: .healthFollowUp, recipient: .health, action: .healthVisitorFollowUp, due: .clockHours(48),
                        subjectRoles: family, childAgeBelow: 5),
            TaskingRule(outcome: .healthFollowUp, recipient: .health, action: .schoolNurseFollowUp, due: .clockHours(48),
                        subjectRoles: family, childAgeFrom: 5),
            TaskingRule(outcome: .healthFollowUp, recipient: .health, action: .gpFollowUp, due: .clockHours(48),
                        subjectRoles: family, childAgeUnknown: true),
        ]
    }()
}
