/// What a referral is mainly about, chosen to fit the source and the child's real situation.
public enum ReferralTheme: String, Sendable, Hashable, Codable, CaseIterable {
    case domesticAbuse = "domestic-abuse"
    case missing
    case exploitation
    case neglect
    case injury
    case parentalMentalHealth = "parental-mental-health"
    case parentalSubstanceMisuse = "parental-substance-misuse"
    case schoolAttendance = "school-attendance"
    case emotionalWellbeing = "emotional-wellbeing"
    case housing
    /// A low-level welfare worry that fits any child.
    case generalWelfare = "general-welfare"

    /// Whether the child's and household's circumstances support a referral on this theme.
    func fits(child: SyntheticPerson, household: Household) -> Bool {
        fits(child: child.circumstances, home: household.circumstances)
    }

    /// Whether circumstances support a referral on this theme (`home` includes `.domesticAbuse` when
    /// the household has a `DomesticAbuseSituation`).
    func fits(child facts: PersonCircumstances, home: HouseholdCircumstances) -> Bool {
        switch self {
        case .domesticAbuse: return home.contains(.domesticAbuse)
        case .missing: return facts.contains(.missingEpisodes)
        case .exploitation: return !facts.isDisjoint(with: [.criminalExploitation, .sexualExploitation])
        case .neglect: return home.contains(.neglect)
        case .injury: return facts.contains(.injuryAttendances)
        case .parentalMentalHealth: return home.contains(.parentalMentalHealth)
        case .parentalSubstanceMisuse: return home.contains(.substanceMisuse)
        case .schoolAttendance: return !facts.isDisjoint(with: [.persistentAbsence, .excluded])
        case .emotionalWellbeing: return !facts.isDisjoint(with: [.selfHarm, .gpConcern])
        case .housing: return !home.isDisjoint(with: [.rentArrears, .overcrowding, .temporaryAccommodation])
        case .generalWelfare: return true
        }
    }
}
