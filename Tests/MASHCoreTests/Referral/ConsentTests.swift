import Foundation
import MASHCore
import Testing

@Suite struct ConsentTests {
    private func decode(_ json: String) throws -> Consent {
        try MASHJSON.decode(Consent.self, from: Data(json.utf8))
    }

    @Test func decodesEveryStatus() throws {
        #expect(try decode(#"{"status":"given"}"#) == .given)
        #expect(try decode(#"{"status":"refused"}"#) == .refused(reason: nil))
        #expect(try decode(#"{"status":"refused","reason":"Father objects"}"#) == .refused(reason: "Father objects"))
        #expect(try decode(#"{"status":"not-sought","reason":"Would alert the abuser"}"#) == .notSought(reason: "Would alert the abuser"))
        #expect(try decode(#"{"status":"overridden","reason":"Risk of significant harm"}"#) == .overridden(justification: "Risk of significant harm"))
    }

    @Test(arguments: [
        (#"{"status":"not-sought"}"#, #"consent status "not-sought" needs a reason in "reason""#),
        (#"{"status":"not-sought","reason":"  "}"#, #"consent status "not-sought" needs a reason in "reason""#),
        (#"{"status":"overridden"}"#, #"consent status "overridden" needs a justification in "reason""#),
        (#"{"status":"given","reason":"x"}"#, #"consent status "given" takes no reason"#),
    ])
    func rejectsAMissingReasonWithAClearError(json: String, message: String) {
        do {
            _ = try decode(json)
            Issue.record("decoded \(json)")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription == message)
            #expect(context.codingPath.last?.stringValue == "reason")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func rejectsAnUnknownStatus() {
        #expect(throws: DecodingError.self) { try decode(#"{"status":"maybe"}"#) }
    }

    @Test func encodesStatusAndReasonOnly() throws {
        let cases: [(Consent, String)] = [
            (.given, #"{"status":"given"}"#),
            (.refused(reason: nil), #"{"status":"refused"}"#),
            (.overridden(justification: "Risk"), #"{"status":"overridden","reason":"Risk"}"#),
        ]
        for (consent, json) in cases {
            #expect(try JSONValue.parse(MASHJSON.encode(consent)) == JSONValue.parse(json))
        }
    }
}
