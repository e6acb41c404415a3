import MASHCore
@testable import MASHLinkage
import Testing

/// The pairs `mash link` used to miss, each among a population large enough to learn weights from: they
/// must now be one person, and their look-alikes must not.
@Suite struct HandMadePairTests {
    private func person(_ forename: String, _ surname: String, _ birth: String?, sex: Sex? = nil, postcode: String? = nil,
                        line: String? = nil, town: String? = nil) -> PersonIdentity {
        PersonIdentity(
            names: [PersonName(forename: forename, surname: surname)], dateOfBirth: birth.flatMap(FieldParsing.date), sex: sex,
            addressLine: line, postcode: postcode, town: town
        )
    }

    /// Whether the two records are clustered together when linked among the made-up population.
    private func linked(_ a: PersonIdentity, _ b: PersonIdentity) -> Bool {
        let identities = LearningTests.population.identities + [a, b]
        let clusters = PersonClusters().link(identities, model: PersonFileLinker.learnedModel).clusters
        return clusters[identities.count - 2] == clusters[identities.count - 1]
    }

    @Test func aMissingDateOfBirthIsNeitherForNorAgainst() {
        #expect(linked(person("Kerry", "Marsh", "1994-06-21", sex: .female, postcode: "NF1 2AB"),
                       person("Kerry", "Marsh", nil, sex: .female, postcode: "NF1 2AB")))
        let comparison = PersonMatcher().compare(person("Kerry", "Marsh", "1994-06-21"), person("Kerry", "Marsh", nil))
        #expect(comparison.dateOfBirth == .missing)
        #expect(ComparisonLevels.of(comparison)[2] == ComparisonLevels.none)
    }

    @Test func forenameAndSurnameExchangedAreCompared() {
        #expect(linked(person("Kerry", "Marsh", "1994-06-21", postcode: "NF1 2AB"), person("Marsh", "Kerry", "1994-06-21", postcode: "NF1 2AB")))
        let keys = Set(BlockingKeys.clusteringKeys(for: person("Marsh", "Kerry", "1994-06-21")))
        #expect(!keys.isDisjoint(with: BlockingKeys.clusteringKeys(for: person("Kerry", "Marsh", "1994-06-21"))))
    }

    @Test func aDateOneDigitOffWithExactNamesAndNoPostcodeLinks() {
        #expect(linked(person("Kerry", "Marsh", "1994-06-21"), person("Kerry", "Marsh", "1994-06-27")))
    }

    @Test func postcodesOfOtherCountriesAndTownsCount() {
        let australian = person("Mitchell", "Green", "19560409", postcode: "2119", line: "7 wallaby place", town: "cleveland")
        #expect(australian.postcode == "2119" && australian.town == "cleveland")
        #expect(PersonIdentity(names: [], postcode: "75011 ").postcode == "75011")
        #expect(PersonIdentity(names: [], postcode: "SW1A1AA").postcode == "SW1A 1AA")
        // A mistyped postcode under the same street and town.
        let comparison = PersonMatcher().compare(australian, person("Mitchel", "Green", "19560409", postcode: "2191", line: "7 walaby place", town: "cleveland"))
        #expect(comparison.address == .sameLine)
        #expect(comparison.town == .agrees)
        #expect(linked(australian, person("Mitchel", "Green", "1956-04-90", postcode: "2191", line: "7 walaby place", town: "cleveland")))
    }

    @Test func neighboursAreNotOneAddress() {
        #expect(!AddressAgreement.sameLine("7 wallaby place", "9 wallaby place"))
        #expect(AddressAgreement.sameLine("7 wallaby place", "7 walaby place"))
    }

    @Test func aSiblingIsStillAnotherPerson() {
        // Same surname, address and town; another forename and date of birth.
        #expect(!linked(person("Kerry", "Marsh", "2014-06-21", postcode: "NF1 2AB", line: "3 mill lane", town: "norford"),
                        person("Leah", "Marsh", "2017-09-30", postcode: "NF1 2AB", line: "3 mill lane", town: "norford")))
    }

    @Test func aRareSurnameAgreeingIsStrongerEvidenceThanACommonOne() {
        var common = (0..<300).map { person("P\($0)", "Smith", nil) }
        common.append(person("Ann", "Quarrington", nil))
        common += (0..<699).map { person("Q\($0)", "Other\($0)", nil) }
        let matcher = PersonMatcher(frequencies: TermFrequencies(common))
        let smith = matcher.compare(person("Ann", "Smith", nil), person("Ann", "Smith", nil)).weight
        let rare = matcher.compare(person("Ann", "Quarrington", nil), person("Ann", "Quarrington", nil)).weight
        #expect(rare > smith + 5)
    }
}
