import Foundation
import MASHCore
import MASHStages
import Testing

@Suite("The referral register: resends replay, reused ids are refused")
struct ReferralRegisterTests {
    struct Register: ReferralRegister {
        var digests: [String: String]
        func digest(of referralId: String) -> String? { digests[referralId] }
    }

    let example: [UInt8] = Array(try! Data(contentsOf: PackageRoot.topics.appendingPathComponent("examples/mash.referral.json")))
    let ingestedAt = Timestamp(millisecondsSince1970: 1_772_356_500_000)

    func screen(_ bytes: [UInt8], register: Register?) throws -> [StageRecord] {
        try ReferralScreening(register: register).screen(StageInput(value: bytes, ingestedAt: ingestedAt, now: ingestedAt))
    }

    @Test("an accepted referral is registered under its id with the digest of its bytes")
    func registers() throws {
        let records = try screen(example, register: Register(digests: [:]))
        let record = try #require(records.first { $0.topic == "mash.referral-register" })
        let registration = try MASHJSON.decode(ReferralRegistration.self, from: Data(record.value))
        #expect(record.key == "NFP/2026/03/000481")
        #expect(registration.referralId == "NFP/2026/03/000481")
        #expect(registration.digest == SHA256.hex(example))
        #expect(registration.caseId == "CASE-NFP.2026.03.000481")
    }

    @Test("a resend of the same bytes gives exactly the outputs of the first time")
    func resendReplays() throws {
        let first = try screen(example, register: Register(digests: [:]))
        let again = try screen(example, register: Register(digests: ["NFP/2026/03/000481": SHA256.hex(example)]))
        #expect(first == again)
    }

    @Test("the same id with different bytes is refused with a reason that says so")
    func reusedIdRefused() throws {
        var changed = String(decoding: example, as: UTF8.self)
        changed = changed.replacingOccurrences(of: "\"urgent\": true", with: "\"urgent\": false")
        let bytes = Array(changed.utf8)
        #expect(bytes != example)
        let register = Register(digests: ["NFP/2026/03/000481": SHA256.hex(example)])
        let error = try #require(throws: StageRejection.self) { try screen(bytes, register: register) }
        #expect(error.reason.contains("duplicate referral id"))
        #expect(error.reason.contains("NFP/2026/03/000481"))
    }

    /// A register that keeps what the stage notes, as the Kafka-backed one does.
    final class NotingRegister: ReferralRegister, @unchecked Sendable {
        var digests: [String: String] = [:]
        func digest(of referralId: String) -> String? { digests[referralId] }
        func note(_ registration: ReferralRegistration) { digests[registration.referralId] = registration.digest }
    }

    @Test("the stage hands the register its new registration as a value, so the same id with other bytes right after is refused")
    func notedAtOnce() throws {
        let register = NotingRegister()
        _ = try ReferralScreening(register: register).screen(StageInput(value: example, ingestedAt: ingestedAt, now: ingestedAt))
        #expect(register.digests["NFP/2026/03/000481"] == SHA256.hex(example))
        let changed = Array(String(decoding: example, as: UTF8.self).replacingOccurrences(of: "\"urgent\": true", with: "\"urgent\": false").utf8)
        #expect(throws: StageRejection.self) {
            try ReferralScreening(register: register).screen(StageInput(value: changed, ingestedAt: ingestedAt, now: ingestedAt))
        }
    }
}

/// The package root, from this file's place in it.
private enum PackageRoot {
    static let topics = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("topics")
}
