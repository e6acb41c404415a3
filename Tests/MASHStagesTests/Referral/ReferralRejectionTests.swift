import Foundation
import MASHCore
@testable import MASHStages
import Testing

@Suite struct ReferralRejectionTests {
    let screening = ReferralScreening(policy: .default)

    /// The example referral as JSON text, for editing into broken variants.
    private func exampleText() throws -> String {
        String(decoding: try TopicFiles.example("mash.referral"), as: UTF8.self)
    }

    private func rejection(for text: String) -> String? {
        rejection(for: Array(text.utf8))
    }

    private func rejection(for bytes: [UInt8]) -> String? {
        do {
            _ = try screening.screen(Fixtures.input(bytes))
            return nil
        } catch let rejection as StageRejection {
            return rejection.description
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func badJSONSaysSo() {
        let reason = rejection(for: "{\"schema\": \"mash.referral/1\", ")
        #expect(reason?.hasPrefix("mash.referral: not valid JSON (") == true, "\(reason ?? "accepted")")
        #expect(self.rejection(for: [])?.contains("empty message") == true)
        #expect(self.rejection(for: [0xFF, 0xFE])?.contains("not UTF-8") == true)
    }

    @Test func aMissingFieldIsNamed() throws {
        let text = try exampleText()
        let withoutConsent = try #require(text.range(of: ",\n  \"consent\""))
        let broken = String(text[..<withoutConsent.lowerBound]) + "\n}"
        #expect(rejection(for: broken) == "mash.referral: missing required field consent")

        let withoutRole = text.replacingOccurrences(of: "\"role\": \"parent\",", with: "")
        #expect(rejection(for: withoutRole) == "mash.referral: missing required field subjects[1].role")
    }

    @Test func aDateInTheWrongShapeIsNamedWithItsPathAndValue() throws {
        let text = try exampleText().replacingOccurrences(of: "\"1994-06-21\"", with: "\"31/02/2015\"")
        let reason = try #require(rejection(for: text))
        #expect(reason.hasPrefix("mash.referral: subjects[1].dateOfBirth: "))
        #expect(reason.contains("\"31/02/2015\""))
        #expect(reason.contains("YYYY-MM-DD"))
    }

    @Test func anImpossibleDateIsReportedByValidation() throws {
        let text = try exampleText().replacingOccurrences(of: "\"1994-06-21\"", with: "\"2015-02-31\"")
        #expect(rejection(for: text) == "referral NFP/2026/03/000481: subjects[1].dateOfBirth: 2015-02-31 is not a real date")
    }

    @Test func aWrongTypeIsNamed() throws {
        let text = try exampleText().replacingOccurrences(of: "\"urgent\": true", with: "\"urgent\": \"yes\"")
        let reason = try #require(rejection(for: text))
        #expect(reason.hasPrefix("mash.referral: concern.urgent: "))
        #expect(reason.contains("Bool"))
    }

    @Test func anUnknownSchemaIsNamedBeforeAnythingElse() throws {
        let text = try exampleText().replacingOccurrences(of: "\"mash.referral/1\"", with: "\"x\"")
        #expect(rejection(for: text) == "mash.referral: unknown schema \"x\" (expected mash.referral/1)")
        #expect(rejection(for: "{\"schema\": \"mash.outcome/1\"}") == "mash.referral: unknown schema \"mash.outcome/1\" (expected mash.referral/1)")
    }

    @Test func aReferralWithoutAChildIsRejected() throws {
        let referral = Fixtures.referral { $0.subjects = [Fixtures.mother] }
        let reason = try #require(rejection(for: Array(MASHJSON.encode(referral))))
        #expect(reason == "referral SCH/2026/0042: subjects: a referral needs at least one child subject")
    }

    @Test func everyProblemIsListed() throws {
        let referral = Fixtures.referral {
            $0.subjects[0].nhsNumber = "1234567890"
            $0.referrer.name = "   "
        }
        let reason = try #require(rejection(for: Array(MASHJSON.encode(referral))))
        #expect(reason == "referral SCH/2026/0042: referrer.name: must not be blank; subjects[0].nhsNumber: \"1234567890\" fails the NHS number check digit")
    }

    @Test func anOversizedMessageIsRejectedUnread() {
        let bytes = [UInt8](repeating: UInt8(ascii: " "), count: StageLimits.maximumReferralBytes + 1)
        #expect(rejection(for: bytes) == "mash.referral: \(StageLimits.maximumReferralBytes + 1) bytes is over the limit of \(StageLimits.maximumReferralBytes)")
    }

    @Test func tooManySubjectsAreRejectedBeforeValidation() throws {
        let referral = Fixtures.referral { referral in
            referral.subjects = (0...StageLimits.maximumSubjects).map { index in
                var subject = Fixtures.child
                subject.subjectId = "S\(index)"
                return subject
            }
        }
        #expect(rejection(for: Array(try MASHJSON.encode(referral))) == "referral SCH/2026/0042: subjects: 51 subjects is over the limit of 50")
    }

    @Test func anInvalidReferralIdIsQuotedInTheReason() throws {
        let referral = Fixtures.referral { $0.referralId = "bad id!" }
        let reason = try #require(rejection(for: Array(MASHJSON.encode(referral))))
        #expect(reason.hasPrefix("referral \"bad id!\": referralId: "))
    }
}
