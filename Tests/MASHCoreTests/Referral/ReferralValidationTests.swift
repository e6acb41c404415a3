import Foundation
import MASHCore
import Testing

@Suite struct ReferralValidationTests {
    private func problems(_ change: (inout Referral) -> Void) -> [String] {
        Fixtures.referral(change).validate().map(\.description)
    }

    private func impossibleDate(_ text: String) throws -> LocalDate {
        try MASHJSON.decode(LocalDate.self, from: Data("\"\(text)\"".utf8))
    }

    @Test func aGoodReferralHasNoProblems() throws {
        #expect(Fixtures.minimalReferral.validate() == [])
        let example = try MASHJSON.decode(Referral.self, from: TopicFiles.exampleData("mash.referral"))
        #expect(example.validate() == [])
    }

    @Test func referralIdShape() {
        let message = "referralId: must be 1-64 characters of letters, digits, '-', '_' or '/'"
        #expect(problems { $0.referralId = "" } == [message])
        #expect(problems { $0.referralId = "REF 1" } == [message])
        #expect(problems { $0.referralId = String(repeating: "A", count: 65) } == [message])
        #expect(problems { $0.referralId = "POL/2026/03_000-1" } == [])
    }

    @Test func needsAChild() {
        #expect(problems { $0.subjects = [] } == ["subjects: a referral needs at least one child subject"])
        #expect(problems { $0.subjects[0].role = .parent } == ["subjects: a referral needs at least one child subject"])
    }

    @Test func impossibleDateOfBirth() throws {
        let date = try impossibleDate("2031-02-30")
        let found = problems { referral in
            referral.subjects.append(Subject(subjectId: "S2", role: .child, forename: "Jo", surname: "Lindqvist", dateOfBirth: date))
        }
        #expect(found == ["subjects[1].dateOfBirth: 2031-02-30 is not a real date"])
    }

    @Test func dateOfBirthInTheFutureOrTooLongAgo() throws {
        #expect(problems { $0.subjects[0].dateOfBirth = Fixtures.date("2026-03-02") }
            == ["subjects[0].dateOfBirth: 2026-03-02 is after the referral was received (2026-03-01)"])
        #expect(problems { $0.subjects[0].dateOfBirth = Fixtures.date("2026-03-01") } == [])
        let grandparent = Subject(subjectId: "S2", role: .householdMember, forename: "Edna", surname: "Lindqvist",
                                  dateOfBirth: Fixtures.date("1905-02-28"))
        #expect(problems { $0.subjects.append(grandparent) }
            == ["subjects[1].dateOfBirth: 1905-02-28 is more than 120 years before the referral was received"])
    }

    @Test func aChildSubjectMustBeUnder18() {
        #expect(problems { $0.subjects[0].dateOfBirth = Fixtures.date("2008-03-02") } == [])
        #expect(problems { $0.subjects[0].dateOfBirth = Fixtures.date("2008-03-01") }
            == ["subjects[0].dateOfBirth: a child subject must be under 18 when the referral is received; 2008-03-01 makes them 18 on 2026-03-01"])
        let adultParent: (inout Referral) -> Void = { referral in
            referral.subjects[0].role = .parent
            referral.subjects[0].subjectId = "S0"
            referral.subjects[0].dateOfBirth = Fixtures.date("1990-01-01")
            referral.subjects.append(Fixtures.child)
        }
        #expect(problems(adultParent) == [], "only child subjects have the age limit")
    }

    @Test func identifiersMustPassTheirChecks() {
        #expect(problems { $0.subjects[0].nhsNumber = "9434765918" }
            == [#"subjects[0].nhsNumber: "9434765918" fails the NHS number check digit"#])
        #expect(problems { $0.subjects[0].nhsNumber = "94347" } == [#"subjects[0].nhsNumber: "94347" is not an NHS number of 10 digits"#])
        #expect(problems { $0.subjects[0].nhsNumber = "0000000000" } == [#"subjects[0].nhsNumber: "0000000000" is a placeholder, not an NHS number"#])
        #expect(problems { $0.subjects[0].nhsNumber = "943 476 5919" } == [])
        #expect(problems { $0.subjects[0].upn = "A801200005001" } == [#"subjects[0].upn: "A801200005001" fails the UPN check letter"#])
        #expect(problems { $0.subjects[0].upn = "12345" }.first?.hasPrefix("subjects[0].upn:") == true)
    }

    @Test func duplicateSubjectIds() {
        let second = Subject(subjectId: "S1", role: .parent, forename: "Kim", surname: "Lindqvist")
        #expect(problems { $0.subjects.append(second) } == [#"subjects[1].subjectId: "S1" is already used by subjects[0]"#])
        #expect(problems { $0.subjects[0].subjectId = "S 1" } == ["subjects[0].subjectId: must be 1-32 characters of letters, digits, '-' or '_'"])
    }

    @Test func summaryLimits() {
        #expect(problems { $0.concern.summary = String(repeating: "x", count: 10_000) } == [])
        #expect(problems { $0.concern.summary = String(repeating: "x", count: 10_001) }
            == ["concern.summary: 10001 characters is over the limit of 10000"])
        #expect(problems { $0.concern.summary = "  \n " } == ["concern.summary: must say what the concern is"])
    }

    @Test func tooManySubjects() {
        let many = (2...51).map { Subject(subjectId: "S\($0)", role: .associate, forename: "P\($0)", surname: "X") }
        #expect(problems { $0.subjects += many } == ["subjects: 51 subjects is over the limit of 50; only the first 50 were checked"])
    }

    @Test func controlCharactersAndBlankNames() {
        #expect(problems { $0.subjects[0].forename = "Av\u{0}a" } == ["subjects[0].forename: contains control characters"])
        #expect(problems { $0.subjects[0].surname = "Lind\nqvist" } == ["subjects[0].surname: contains control characters"])
        #expect(problems { $0.subjects[0].otherNames = ["Ava\u{7}"] } == ["subjects[0].otherNames[0]: contains control characters"])
        #expect(problems { $0.referrer.name = " " } == ["referrer.name: must not be blank"])
        #expect(problems { $0.subjects[0].forename = ""; $0.subjects[0].surname = " " } == ["subjects[0].surname: a subject needs a forename or a surname"])
        #expect(problems { $0.subjects[0].forename = "Unborn"; $0.subjects[0].dateOfBirth = nil } == [])
    }

    @Test func dashAndCategoriesAndConsent() {
        #expect(problems { $0.concern.dash = DASHChecklist(version: .police27, answers: Array(repeating: true, count: 20)) }
            == ["concern.dash.answers: police-27 needs 27 answers, got 20"])
        #expect(problems { $0.concern.categories = [] } == [#"concern.categories: name at least one category ("other" if none fits)"#])
        #expect(problems { $0.consent = .notSought(reason: " ") } == ["consent.reason: consent not sought needs a reason"])
        #expect(problems { $0.schema = "mash.referral/2" } == [#"schema: must be mash.referral/1, not "mash.referral/2""#])
    }

    @Test func everyProblemIsReportedTogether() throws {
        let date = try impossibleDate("2031-02-30")
        let found = Fixtures.referral { referral in
            referral.referralId = "bad id"
            referral.subjects[0].nhsNumber = "9434765918"
            referral.subjects.append(Subject(subjectId: "S1", role: .parent, forename: "Kim", surname: "L", dateOfBirth: date))
        }.validate()
        #expect(found.map(\.path) == ["referralId", "subjects[0].nhsNumber", "subjects[1].subjectId", "subjects[1].dateOfBirth"])
    }

    @Test func neverTrapsOnHostileInput() {
        let extremes = [LocalDate(year: 0, month: 1, day: 1)!, LocalDate(year: 9999, month: 12, day: 31)!]
        for receivedAt in [Timestamp(millisecondsSince1970: .min), Timestamp(millisecondsSince1970: .max), Timestamp(millisecondsSince1970: 0)] {
            for date in extremes {
                let referral = Fixtures.referral {
                    $0.receivedAt = receivedAt
                    $0.subjects[0].dateOfBirth = date
                    $0.subjects[0].forename = String(repeating: "\u{1F600}\u{0301}", count: 300)
                    $0.subjects[0].nhsNumber = String(repeating: "9", count: 10_000)
                    $0.subjects[0].upn = "\u{0}\u{FFFF}"
                    $0.referralId = "\u{10FFFF}"
                }
                #expect(!referral.validate().isEmpty)
            }
        }
    }
}
