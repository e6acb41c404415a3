import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// Hostile referrals the referral stage once accepted, or rejected without saying why.
@Suite struct HostileReferralRegressionTests {
    private func rejection(_ bytes: [UInt8]) -> String? {
        do {
            _ = try ReferralScreening().screen(Fixtures.input(bytes))
            return nil
        } catch {
            return (error as? StageRejection)?.reason ?? "unexpected \(error)"
        }
    }

    private func rejection(_ change: (inout Referral) -> Void) throws -> String? {
        rejection(Array(try MASHJSON.encode(Fixtures.referral(change))))
    }

    /// The example referral with `value` as an extra member at the end of the top-level object.
    private func exampleWith(extra value: String) throws -> [UInt8] {
        var bytes = try TopicFiles.example("mash.referral")
        let close = try #require(bytes.lastIndex(of: UInt8(ascii: "}")))
        bytes.replaceSubrange(close..., with: Array(",\"extra\":\(value)}".utf8))
        return bytes
    }

    @Test func depthIsMeasuredOutsideStringsOnly() {
        #expect(JSONStructure(scanning: Array("42".utf8)).maximumDepth == 0)
        #expect(JSONStructure(scanning: Array("{}".utf8)).maximumDepth == 1)
        #expect(JSONStructure(scanning: Array(#"{"a":[[1],{"b":[]}]}"#.utf8)).maximumDepth == 4)
        #expect(JSONStructure(scanning: Array(#"{"a":"[[[{\"]]]"}"#.utf8)).maximumDepth == 1)
        #expect(JSONStructure(scanning: Array(#"["\\",[[]]]"#.utf8)).maximumDepth == 3)
        #expect(JSONStructure(scanning: Array("]]]][[".utf8)).maximumDepth == 2)
    }

    @Test func nestingInAnUnknownFieldIsRejectedBeforeDecoding() throws {
        // Foundation skipped up to 511 levels in an unknown field and accepted the referral; from 512 it
        // said only "not valid JSON". Now any depth past 64 is named.
        for depth in [65, 511, 512, 100_000] {
            let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            #expect(rejection(try exampleWith(extra: nested)) == "mash.referral: JSON nested \(depth + 1) levels deep is over the limit of 64")
        }
        let objects = String(repeating: "{\"a\":", count: 100_000) + "0" + String(repeating: "}", count: 100_000)
        #expect(rejection(try exampleWith(extra: objects))?.hasSuffix("100001 levels deep is over the limit of 64") == true)
        #expect(rejection(try exampleWith(extra: String(repeating: "[", count: 60) + String(repeating: "]", count: 60))) == nil)
    }

    @Test func aRawControlCharacterIsNamedWithItsOffset() throws {
        var bytes = try TopicFiles.example("mash.referral")
        let quote = try #require(bytes.firstIndex(of: UInt8(ascii: "\"")))
        bytes.insert(0x1B, at: quote + 2)
        let size = bytes.count
        #expect(rejection(bytes) == "mash.referral: not valid JSON (\(size) bytes with a raw control character 0x1B at byte \(quote + 2))")
        // Tab and line feed are whitespace between tokens, but not inside a string.
        #expect(MessageDecoding.firstRawControlCharacter(in: Array("{\n\t\"a\":\"b\"}".utf8)) == nil)
        #expect(MessageDecoding.firstRawControlCharacter(in: Array("{\"a\":\"b\tc\"}".utf8)) == 7)
    }

    @Test func aKeyNamedTwiceIsRejectedAndNamed() throws {
        // Foundation took the first value and passed the second over: a message that reads two ways is not
        // trusted. Written with an escape, the key is still the same key.
        let example = try TopicFiles.example("mash.referral")
        let close = try #require(example.lastIndex(of: UInt8(ascii: "}")))
        for key in ["referralId", #"referral\u0049d"#] {
            var twice = example
            twice.replaceSubrange(close..., with: Array(",\"\(key)\":\"REF-OTHER\"}".utf8))
            #expect(rejection(twice)?.hasPrefix("mash.referral: not valid JSON (an object names the key \"referralId\" twice at byte ") == true,
                    "\(rejection(twice) ?? "accepted")")
        }
    }

    @Test func trailingCommasAreRejectedThoughFoundationAcceptsThem() throws {
        let example = try TopicFiles.example("mash.referral")
        let close = try #require(example.lastIndex(of: UInt8(ascii: "}")))
        var object = example
        object.insert(contentsOf: Array(", \n".utf8), at: close)
        #expect(rejection(object) == "mash.referral: not valid JSON (a trailing comma at byte \(close))")
        #expect(JSONStructure(scanning: Array("{\"a\":[1,2 ,\t]}".utf8)).firstTrailingComma == 10)
        #expect(JSONStructure(scanning: Array(#"{"a":",]","b":[1,2]}"#.utf8)).firstTrailingComma == nil)
        #expect(JSONStructure(scanning: Array(#"[,]"#.utf8)).firstTrailingComma == 1)
    }

    @Test func aMessageThatIsNotAnObjectSaysSo() {
        #expect(rejection(Array("[{}]".utf8)) == "mash.referral: not a JSON object (4 bytes starting \"[{}]\")")
        #expect(rejection(Array("null".utf8)) == "mash.referral: not a JSON object (4 bytes starting \"null\")")
        #expect(rejection(Array("42".utf8)) == "mash.referral: not a JSON object (2 bytes starting \"42\")")
    }

    @Test func formatBreakingInjectionsAndDisguisedNamesAreRejected() throws {
        let postcode = try #require(try rejection { $0.subjects[0].address?.postcode = "=cmd|' /C calc'!A0" })
        #expect(postcode.contains("subjects[0].address.postcode: must be at most 16 letters, digits and spaces"))
        let name = try #require(try rejection { $0.subjects[1].surname = "\u{202E}reggoL" })
        #expect(name.contains("subjects[1].surname: contains bidirectional override characters"))
        let received = try #require(try rejection {
            $0.receivedAt = Timestamp(iso8601: "3000-01-01T00:00:00Z")!
            for index in $0.subjects.indices { $0.subjects[index].dateOfBirth = nil }
        })
        #expect(received.contains("receivedAt: 3000-01-01T00:00:00.000Z is not a plausible date of receipt"))
    }

    @Test func reasonsEscapeControlAndBidiCharactersTheyQuote() throws {
        let reason = try #require(try rejection {
            $0.subjects[0].nhsNumber = "943\u{202E}476\u{0}5919"
            $0.subjects[0].forename = "Ava\u{7}"
        })
        #expect(reason.contains(#""943\u{202E}476\05919""#) && reason.contains("contains control characters"), "\(reason)")
        #expect(!reason.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
        let dateOfBirth = String(decoding: try TopicFiles.example("mash.referral"), as: UTF8.self)
            .replacingOccurrences(of: "\"1994-06-21\"", with: "\"\\u202e1994-06-21\"")
        let decodingReason = try #require(rejection(Array(dateOfBirth.utf8)))
        #expect(decodingReason.contains(#"\u{202E}1994-06-21"#), "\(decodingReason)")
    }
}
