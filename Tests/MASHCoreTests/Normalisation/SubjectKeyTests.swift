import MASHCore
import Testing

@Suite struct SubjectKeyTests {
    private func child(nhs: String? = nil, upn: String? = nil, dateOfBirth: String? = "2016-05-12") -> Subject {
        Subject(subjectId: "S1", role: .child, forename: "Zoë", surname: "O'Brien-Smith",
                dateOfBirth: dateOfBirth.flatMap { LocalDate(iso8601: $0) }, nhsNumber: nhs, upn: upn)
    }

    @Test func nhsNumberComesFirst() {
        #expect(SubjectKey.of(child(nhs: "943 476 5919", upn: "B801200005001")) == "nhs:9434765919")
    }

    @Test func upnWhenTheNHSNumberIsMissingOrInvalid() {
        #expect(SubjectKey.of(child(upn: "b801200005001")) == "upn:B801200005001")
        #expect(SubjectKey.of(child(nhs: "9434765918", upn: "B801200005001")) == "upn:B801200005001")
    }

    @Test func namesAndDateOfBirthOtherwise() {
        #expect(SubjectKey.of(child()) == "nd:obrien smith|zoe|2016-05-12")
        #expect(SubjectKey.of(child(upn: "A801200005001")) == "nd:obrien smith|zoe|2016-05-12")
        #expect(SubjectKey.of(child(dateOfBirth: nil)) == "nd:obrien smith|zoe|unknown")
    }

    @Test func anImpossibleDateOfBirthCountsAsUnknown() throws {
        var subject = child(dateOfBirth: nil)
        subject.dateOfBirth = try MASHJSON.decode(LocalDate.self, from: .init(#""2031-02-30""#.utf8))
        #expect(SubjectKey.of(subject) == "nd:obrien smith|zoe|unknown")
    }

    @Test func theFirstChildSubjectIsKeyed() {
        let mother = Subject(subjectId: "S1", role: .parent, forename: "Kim", surname: "Ray", nhsNumber: "9434765870")
        let referral = Fixtures.referral { $0.subjects = [mother, child(nhs: "9434765919"), child(nhs: "9990000123")] }
        #expect(referral.subjectKey == "nhs:9434765919")
    }

    @Test func fallbacksWithoutAChild() {
        let mother = Subject(subjectId: "S1", role: .parent, forename: "Kim", surname: "Ray", nhsNumber: "9434765870")
        #expect(Fixtures.referral { $0.subjects = [mother] }.subjectKey == "nhs:9434765870")
        #expect(Fixtures.referral { $0.subjects = [] }.subjectKey == "ref:SCH-2026-0042")
    }

    @Test func spellingVariantsShareAKey() {
        var other = child()
        other.forename = "ZOE"
        other.surname = "obrien  smith"
        #expect(SubjectKey.of(other) == SubjectKey.of(child()))
    }
}
