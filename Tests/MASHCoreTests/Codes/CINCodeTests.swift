import MASHCore
import Testing

@Suite struct CINCodeTests {
    /// Every factor code listed in domain.md (DfE CIN census 2022).
    static let domainFactorCodes = [
        "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C",
        "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A",
        "18B", "18C", "19B", "19C", "20", "21", "22A", "23A", "24A",
    ]

    @Test func everyCensusFactorIsPresentAndNothingElse() {
        #expect(CINFactor.allCases.map(\.rawValue) == Self.domainFactorCodes)
        for factor in CINFactor.allCases {
            #expect(!factor.description.isEmpty && factor.description != factor.rawValue, "\(factor.rawValue)")
        }
    }

    @Test func everyReferralSourceIsPresent() {
        let codes = ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "6", "7", "8", "9", "10"]
        #expect(ReferralSource.allCases.map(\.rawValue) == codes)
    }

    @Test(arguments: [
        ("2A", Agency.education), ("2B", .education), ("3A", .health), ("3B", .health), ("3C", .health),
        ("3D", .health), ("3E", .health), ("3F", .health), ("4", .housing), ("5A", .socialCare),
        ("5B", .socialCare), ("5C", .socialCare), ("6", .police), ("7", .probation),
    ])
    func referralSourceBelongsToItsAgency(code: String, agency: Agency) throws {
        #expect(try #require(ReferralSource(rawValue: code)).agency == agency)
    }

    @Test(arguments: ["1A", "1B", "1C", "1D", "8", "9", "10"])
    func individualAndUnknownSourcesHaveNoAgency(code: String) throws {
        #expect(try #require(ReferralSource(rawValue: code)).agency == nil)
    }

    @Test func abuseCategoriesAndPrimaryNeeds() {
        #expect(AbuseCategory.allCases.map(\.rawValue) == ["NEG", "PHY", "SAB", "EMO", "MUL"])
        #expect(PrimaryNeed.allCases.map(\.rawValue) == (0...9).map { "N\($0)" })
        #expect(PrimaryNeed.abuseOrNeglect.rawValue == "N1")
        #expect(PrimaryNeed.notInNeed.rawValue == "N9")
    }

    @Test func levelsAndRAGMapBothWays() {
        #expect(Level.allCases.map(\.rawValue) == [1, 2, 3, 4])
        #expect(Level.allCases.map(\.rag) == [.blue, .green, .amber, .red])
        for level in Level.allCases { #expect(level.rag.level == level) }
        for rag in RAG.allCases { #expect(rag.level.rag == rag) }
        #expect(RAG.red > RAG.amber && RAG.green > RAG.blue)
        #expect(Level.childProtection > Level.earlyHelp)
    }

    @Test(arguments: FactorTheme.allCases)
    func themedFactorsFollowTheABCConvention(theme: FactorTheme) throws {
        let child = try #require(CINFactor.forTheme(theme, role: .child))
        let parent = try #require(CINFactor.forTheme(theme, role: .parent))
        let household = try #require(CINFactor.forTheme(theme, role: .householdMember))
        #expect(child.rawValue.hasSuffix("A") && parent.rawValue.hasSuffix("B") && household.rawValue.hasSuffix("C"))
        #expect(CINFactor.forTheme(theme, role: .carer) == parent)
        #expect(CINFactor.forTheme(theme, role: .associate) == nil)
        #expect(CINFactor.forTheme(theme, role: .allegedPerpetrator) == nil)
        #expect(child.theme == theme && parent.theme == theme && household.theme == theme)
    }

    @Test func specificThemeCodes() {
        #expect(CINFactor.forTheme(.alcoholMisuse, role: .parent) == .alcoholMisuseParentOrCarer)
        #expect(CINFactor.forTheme(.domesticViolence, role: .child)?.rawValue == "3A")
        #expect(CINFactor.forTheme(.physicalDisabilityOrIllness, role: .householdMember)?.rawValue == "6C")
        #expect(CINFactor.neglect.theme == nil)
    }

    @Test func concernCategoriesMapToCensusFactors() {
        #expect(ConcernCategory.domesticAbuse.cinFactor(for: .parent) == .domesticViolenceParentOrCarer)
        #expect(ConcernCategory.domesticAbuse.cinFactor(for: .child) == .domesticViolenceChild)
        #expect(ConcernCategory.parentalMentalHealth.cinFactor(for: .householdMember)?.rawValue == "4C")
        #expect(ConcernCategory.childMentalHealth.cinFactor(for: .child)?.rawValue == "4A")
        #expect(ConcernCategory.neglect.cinFactor(for: .child)?.rawValue == "16A")
        #expect(ConcernCategory.childCriminalExploitation.cinFactor(for: .child)?.rawValue == "24A")
        #expect(ConcernCategory.fgm.cinFactor(for: .child)?.rawValue == "22A")
        #expect(ConcernCategory.housing.cinFactor(for: .child) == nil)
        #expect(ConcernCategory.parentalSubstanceMisuse.cinFactor(for: .parent) == nil)
        for category in ConcernCategory.allCases { #expect(!category.description.isEmpty) }
    }

    @Test func agenciesHaveDisplayNamesAndTaskingTopics() {
        #expect(Agency.socialCare.displayName == "Children's Social Care")
        #expect(Agency.allCases.map(\.rawValue) == ["police", "social-care", "health", "education", "probation", "housing", "domestic-abuse-service"])
        #expect(PipelineTopic.tasking(for: .socialCare) == .taskingSocialCare)
        #expect(PipelineTopic.tasking(for: .housing) == nil)
    }
}
