import MASHCore

/// Who refers, in national proportions (DfE CIN census 2023-24: police about 29%, schools 18%,
/// health 15%), what each source tends to refer about, and at what hours.
enum ReferralSourceMix {
    static let sources = WeightedTable<ReferralSource>([
        (.police, 29), (.schools, 18), (.educationServices, 1),
        (.generalPractitioner, 4.5), (.healthVisitor, 2.5), (.accidentAndEmergency, 5), (.otherHealthServices, 3),
        (.localAuthoritySocialCare, 5), (.localAuthorityOtherInternal, 3), (.localAuthorityExternal, 2),
        (.familyRelativeOrCarer, 4), (.acquaintance, 1.5), (.selfReferral, 1), (.otherIndividual, 1.5),
        (.anonymous, 3), (.housing, 3), (.otherLegalAgency, 5), (.other, 8),
    ])

    /// The themes a source refers about, weighted.
    static func themes(for source: ReferralSource) -> WeightedTable<ReferralTheme> {
        themeTables[source] ?? generalThemes
    }

    /// Whether a child of `age` can be the subject of a referral from `source` (health visitors see
    /// under-fives; schools see pupils).
    static func accepts(age: Int, from source: ReferralSource) -> Bool {
        switch source {
        case .healthVisitor: age < 5
        case .schools, .educationServices, .schoolNurse: age >= 4
        default: true
        }
    }

    /// The hour of day (UTC) a referral from `source` arrives: police around the clock, others in office hours.
    static func hour(for source: ReferralSource, random: inout SeededRandom) -> Int {
        source == .police || source == .accidentAndEmergency ? roundTheClock.pick(using: &random) : officeHours.pick(using: &random)
    }

    private static let roundTheClock = WeightedTable<Int>((0..<24).map { hour in
        (hour, hour < 7 ? 0.8 : hour < 10 ? 0.7 : hour < 18 ? 1.0 : 1.3)
    })

    private static let officeHours = WeightedTable<Int>((0..<24).map { hour in
        (hour, (9..<17).contains(hour) ? 1.0 : hour == 8 || hour == 17 ? 0.4 : (18..<22).contains(hour) ? 0.08 : 0.02)
    })

    private static let generalThemes = WeightedTable<ReferralTheme>([
        (.generalWelfare, 0.35), (.neglect, 0.2), (.domesticAbuse, 0.15), (.emotionalWellbeing, 0.1),
        (.parentalSubstanceMisuse, 0.1), (.housing, 0.1),
    ])

    private static let themeTables: [ReferralSource: WeightedTable<ReferralTheme>] = {
        let police = WeightedTable<ReferralTheme>([
            (.domesticAbuse, 0.55), (.missing, 0.12), (.exploitation, 0.06), (.generalWelfare, 0.11),
            (.parentalSubstanceMisuse, 0.05), (.injury, 0.04), (.neglect, 0.07),
        ])
        let school = WeightedTable<ReferralTheme>([
            (.schoolAttendance, 0.25), (.emotionalWellbeing, 0.18), (.neglect, 0.15), (.domesticAbuse, 0.1),
            (.injury, 0.1), (.generalWelfare, 0.22),
        ])
        let socialCare = WeightedTable<ReferralTheme>([
            (.domesticAbuse, 0.25), (.neglect, 0.25), (.generalWelfare, 0.2), (.parentalMentalHealth, 0.1),
            (.parentalSubstanceMisuse, 0.1), (.missing, 0.05), (.exploitation, 0.05),
        ])
        let individual = WeightedTable<ReferralTheme>([
            (.neglect, 0.25), (.domesticAbuse, 0.2), (.injury, 0.15), (.generalWelfare, 0.3), (.parentalSubstanceMisuse, 0.1),
        ])
        return [
            .police: police,
            .schools: school, .educationServices: school, .schoolNurse: school,
            .generalPractitioner: WeightedTable([
                (.parentalMentalHealth, 0.3), (.parentalSubstanceMisuse, 0.15), (.neglect, 0.15),
                (.emotionalWellbeing, 0.15), (.generalWelfare, 0.25),
            ]),
            .healthVisitor: WeightedTable([
                (.neglect, 0.35), (.parentalMentalHealth, 0.25), (.domesticAbuse, 0.15), (.generalWelfare, 0.25),
            ]),
            .accidentAndEmergency: WeightedTable([
                (.injury, 0.45), (.emotionalWellbeing, 0.25), (.parentalSubstanceMisuse, 0.1),
                (.domesticAbuse, 0.1), (.generalWelfare, 0.1),
            ]),
            .otherHealthServices: WeightedTable([
                (.emotionalWellbeing, 0.4), (.parentalMentalHealth, 0.3), (.generalWelfare, 0.3),
            ]),
            .otherPrimaryHealthServices: WeightedTable([(.neglect, 0.4), (.generalWelfare, 0.6)]),
            .housing: WeightedTable([(.housing, 0.6), (.neglect, 0.2), (.domesticAbuse, 0.1), (.generalWelfare, 0.1)]),
            .localAuthoritySocialCare: socialCare, .localAuthorityOtherInternal: socialCare, .localAuthorityExternal: socialCare,
            .familyRelativeOrCarer: individual, .acquaintance: individual, .selfReferral: individual, .otherIndividual: individual,
            .anonymous: WeightedTable([
                (.neglect, 0.35), (.domesticAbuse, 0.2), (.injury, 0.15), (.parentalSubstanceMisuse, 0.15), (.generalWelfare, 0.15),
            ]),
            .otherLegalAgency: WeightedTable([(.domesticAbuse, 0.5), (.parentalSubstanceMisuse, 0.2), (.generalWelfare, 0.3)]),
            .other: WeightedTable([
                (.domesticAbuse, 0.3), (.emotionalWellbeing, 0.2), (.generalWelfare, 0.3), (.housing, 0.2),
            ]),
        ]
    }()
}
