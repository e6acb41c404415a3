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

/// Partition keys carry no name, date of birth or identifier, yet every worker with the secret agrees on them.
@Suite struct PartitionKeyTests {
    @Test func hmacMatchesRFC4231() {
        // Test case 2 of RFC 4231.
        let code = HMACSHA256.code(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(hexString(code) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        // Test case 6: a key longer than the block is hashed first.
        let long = HMACSHA256.code(key: [UInt8](repeating: 0xaa, count: 131), message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
        #expect(hexString(long) == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func aKeyHidesTheChildAndIsStable() {
        let referral = Fixtures.minimalReferral
        let identity = SubjectKey.of(referral)
        #expect(identity.contains("lindqvist"))
        let key = PartitionKeys.development.key(for: referral)
        #expect(key.hasPrefix("sk:") && key.count == 35)
        #expect(!key.contains("lindqvist") && !key.contains("2016"))
        #expect(PartitionKeys.development.key(for: referral) == key)
        #expect(PartitionKeys(secret: Array("another hub's secret".utf8)).key(for: referral) != key)
    }
}
