import MASHCore
import Testing

/// Validation rules added when the hostile corpus found referrals the stage accepted.
@Suite struct HostileReferralValidationTests {
    private func problems(_ change: (inout Referral) -> Void) -> [String] {
        Fixtures.referral(change).validate().map(\.description)
    }

    @Test func aReceiptDateOutsideThisCenturyIsImplausible() {
        // With no date of birth to contradict it, nothing else caught a referral "received" in 3000.
        for text in ["3000-01-01T09:00:00.000Z", "1899-12-31T23:59:59.000Z", "0001-01-01T00:00:00.000Z"] {
            let found = problems {
                $0.receivedAt = Timestamp(iso8601: text)!
                $0.subjects[0].dateOfBirth = nil
            }
            #expect(found == ["receivedAt: \(text) is not a plausible date of receipt (years 2000-2099)"])
        }
        #expect(problems { $0.receivedAt = Timestamp(iso8601: "2099-12-31T23:59:59.999Z")!; $0.subjects[0].dateOfBirth = nil } == [])
    }

    @Test func bidirectionalOverridesInNamesAreRejected() {
        for scalar in ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"] {
            let found = problems { $0.subjects[0].forename = scalar + "Ava" }
            #expect(found == ["subjects[0].forename: contains bidirectional override characters (U+202A-U+202E, U+2066-U+2069)"])
        }
        // Joiners are part of how some scripts write names; they stay allowed.
        #expect(problems { $0.subjects[0].forename = "Ava\u{200D}" } == [])
        #expect(problems { $0.referrer.name = "\u{202E}Lead" }.first?.hasPrefix("referrer.name: contains bidirectional") == true)
    }

    @Test func aPostcodeIsLettersDigitsAndSpaces() {
        for postcode in ["'; DROP TABLE referrals; --", "<script>", "=cmd|' /C calc'!A0", "SW1A\u{200B}1AA", "../../etc/passwd", "SW1A 1AA SW1A 1AA X"] {
            let found = problems { $0.subjects[0].address = Address(postcode: postcode) }
            #expect(found == ["subjects[0].address.postcode: must be at most 16 letters, digits and spaces"], "\(postcode)")
        }
        #expect(problems { $0.subjects[0].address = Address(postcode: "NF1\u{0}2AB") }
            == ["subjects[0].address.postcode: must be at most 16 letters, digits and spaces; it contains control characters"])
        // Partial and mistyped postcodes still reach the researchers.
        for postcode in ["SW1A 1AA", "sw1a1aa", "B12", "not a postcode", ""] {
            #expect(problems { $0.subjects[0].address = Address(postcode: postcode) } == [], "\(postcode)")
        }
    }

    @Test func anIdWithControlCharactersSaysSo() {
        #expect(problems { $0.referralId = "SCH\u{0}2026" }
            == ["referralId: must be 1-64 characters of letters, digits, '-', '_' or '/'; it contains control characters"])
        #expect(problems { $0.subjects[0].subjectId = "S\u{1B}1" }
            == ["subjects[0].subjectId: must be 1-32 characters of letters, digits, '-' or '_'; it contains control characters"])
    }
}
