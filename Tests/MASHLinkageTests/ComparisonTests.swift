import MASHCore
@testable import MASHLinkage
import Testing

@Suite struct ComparisonTests {
    @Test(arguments: [("martha", "marhta", 0.961), ("dwayne", "duane", 0.840), ("dixon", "dicksonx", 0.813)])
    func jaroWinklerAgreesWithThePublishedValues(pair: (String, String, Double)) {
        #expect(abs(JaroWinkler.similarity(pair.0, pair.1) - pair.2) < 0.001)
        #expect(JaroWinkler.similarity(pair.0, pair.0) == 1)
        #expect(JaroWinkler.similarity(pair.0, "") == 0)
    }

    @Test func shortFormsAgreeAsNicknames() {
        #expect(NameComparison.forenames(NameForm("Bill"), NameForm("William")) == .nickname)
        #expect(NameComparison.forenames(NameForm("Kate"), NameForm("Katherine")) == .nickname)
        #expect(NameComparison.forenames(NameForm("Kate"), NameForm("CATHERINE")) == .nickname)
        #expect(NameComparison.forenames(NameForm("Sam"), NameForm("Samantha")) == .nickname)
        #expect(NameComparison.forenames(NameForm("Bill"), NameForm("Robert")) == .differs)
    }

    @Test func hyphenatedAndSwappedSurnamesSharePart() {
        #expect(NameComparison.surnames(NameForm("Marsh-Holloway"), NameForm("Marsh")) == .partial)
        #expect(NameComparison.surnames(NameForm("Holloway-Marsh"), NameForm("Marsh Holloway")) == .partial)
        #expect(NameComparison.surnames(NameForm("O'Brien"), NameForm("OBRIEN")) == .exact)
        #expect(NameComparison.surnames(NameForm("Johnson"), NameForm("Jonhson")) == .typo)
        #expect(NameComparison.surnames(NameForm("Marsh"), NameForm("Holloway")) == .differs)
        #expect(NameComparison.surnames(nil, NameForm("Marsh")) == .missing)
    }

    @Test func forenameAndSurnameEnteredTheWrongWayRoundStillMatch() {
        let matcher = PersonMatcher()
        let asGiven = PersonIdentity(names: [PersonName(forename: "Kerry", surname: "Marsh")], dateOfBirth: LocalDate(year: 1994, month: 6, day: 21))
        let swapped = PersonIdentity(names: [PersonName(forename: "Marsh", surname: "Kerry")], dateOfBirth: LocalDate(year: 1994, month: 6, day: 21))
        let comparison = matcher.compare(asGiven, swapped)
        #expect(comparison.namesSwapped)
        #expect(comparison.forename == .exact && comparison.surname == .exact)
        #expect(comparison.status == .match)
        #expect(comparison.evidence.contains("forename and surname exchanged"))
    }

    @Test func datesOfBirthAllowForTheUsualSlips() {
        func date(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }
        #expect(BirthDateAgreement.compare(date("2016-05-12"), date("2016-05-12")) == .exact)
        #expect(BirthDateAgreement.compare(date("2016-05-12"), date("2016-12-05")) == .dayMonthSwapped)
        #expect(BirthDateAgreement.compare(date("2016-05-12"), date("2016-05-13")) == .oneDigitOff)
        #expect(BirthDateAgreement.compare(date("1987-05-12"), date("1978-05-12")) == .oneDigitOff)
        #expect(BirthDateAgreement.compare(date("2016-05-12"), date("2016-01-01")) == .yearOnly)
        #expect(BirthDateAgreement.compare(date("2016-05-12"), date("2016-08-30")) == .sameYear)
        #expect(BirthDateAgreement.compare(date("2016-05-12"), date("2012-09-30")) == .differs)
        #expect(BirthDateAgreement.compare(nil, date("2012-09-30")) == .missing)
    }

    @Test func anNHSNumberFailingItsCheckDigitCarriesNoWeight() {
        let matcher = PersonMatcher()
        let record = PersonIdentity(names: [PersonName(forename: "Ava", surname: "Lindqvist")], nhsNumber: "943 476 5919")
        let bad = PersonIdentity(names: [PersonName(forename: "Ava", surname: "Lindqvist")], nhsNumber: "943 476 5918")
        let none = PersonIdentity(names: [PersonName(forename: "Ava", surname: "Lindqvist")])
        let good = PersonIdentity(names: [PersonName(forename: "Ava", surname: "Lindqvist")], nhsNumber: "9434765919")
        #expect(bad.nhsNumber == nil && bad.invalidNHSNumber == "943 476 5918")
        let withBad = matcher.compare(bad, record), withNone = matcher.compare(none, record)
        #expect(withBad.nhsNumber == .invalid)
        #expect(withBad.weight == withNone.weight)
        #expect(withBad.evidence.contains("NHS number 943 476 5918 fails its check digit: not compared"))
        #expect(matcher.compare(good, record).weight > withNone.weight + 20)
    }

    @Test func differentValidNHSNumbersOutweighAgreeingNames() {
        let matcher = PersonMatcher()
        let birth = LocalDate(year: 2016, month: 5, day: 12)
        let ava = PersonIdentity(names: [PersonName(forename: "Ava", surname: "Lindqvist")], dateOfBirth: birth, nhsNumber: "9434765919")
        let other = PersonIdentity(names: [PersonName(forename: "Ava", surname: "Lindqvist")], dateOfBirth: birth, nhsNumber: "9991000232")
        let comparison = matcher.compare(ava, other)
        #expect(comparison.nhsNumber == .differs)
        #expect(comparison.status != .match)
    }

    @Test func probabilityRisesWithWeightAndThresholdsDecide() {
        let thresholds = MatchThresholds()
        #expect(thresholds.probability(weight: thresholds.evenOddsWeight) == 0.5)
        #expect(thresholds.probability(weight: 30) > thresholds.probability(weight: 20))
        #expect(thresholds.status(probability: thresholds.match) == .match)
        #expect(thresholds.status(probability: thresholds.possibleMatch) == .possibleMatch)
        #expect(thresholds.status(probability: thresholds.possibleMatch - 0.01) == nil)
    }

    @Test func phoneticCodesJoinSoundAlikes() {
        #expect(PhoneticCode.of("smith") == PhoneticCode.of("smyth"))
        #expect(PhoneticCode.of("catherine") == PhoneticCode.of("katherine"))
        #expect(PhoneticCode.of("harry") != PhoneticCode.of("arry"))
        #expect(PhoneticCode.of("marsh") != PhoneticCode.of("holloway"))
    }
}
