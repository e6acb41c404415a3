import Foundation
import MASHCore
import Testing

/// The audit trail is tamper-evident: an edited or removed record breaks its case's chain.
@Suite struct AuditChainTests {
    private let at = Timestamp(iso8601: "2026-03-01T09:20:00.000Z")!

    private func record(_ id: String, case caseId: String = "CASE-1", reason: String = "shared with police") -> AuditRecord {
        AuditRecord(auditId: id, caseId: caseId, action: .shared, itemId: "I-\(id)", owner: .health, recipient: .police,
                    lawfulBasis: .safeguardingChildren, reason: reason, stage: "decision", policyVersion: "test-1", at: at)
    }

    /// Three records of CASE-1 and two of CASE-2, interleaved as on a partition, as encoded bytes.
    private func log() throws -> [[UInt8]] {
        var one = AuditChain(), two = AuditChain()
        let records = [one.seal(record("A")), two.seal(record("X", case: "CASE-2")), one.seal(record("B")),
                       one.seal(record("C")), two.seal(record("Y", case: "CASE-2"))]
        return try records.map { try MASHJSON.encodeBytes($0) }
    }

    private func verify(_ log: [[UInt8]]) -> AuditVerification {
        var verification = AuditVerification()
        for (offset, bytes) in log.enumerated() { verification.add(bytes, position: "mash.audit[0]@\(offset)") }
        return verification
    }

    @Test func sealingLinksEachRecordToTheOneBefore() throws {
        var chain = AuditChain()
        let first = chain.seal(record("A"))
        let second = chain.seal(record("B"))
        #expect(first.previousHash == nil)
        #expect(second.previousHash == first.hash)
        #expect(chain.head == second.hash)
        #expect(AuditChain.hash(of: second) == second.hash && first.hash != second.hash)
        #expect(first.hash.count == 64)
    }

    @Test func anUntouchedLogVerifies() throws {
        let verification = verify(try log())
        #expect(verification.isIntact)
        #expect(verification.records == 5 && verification.cases == 2)
    }

    @Test func anEditedRecordIsFound() throws {
        var log = try log()
        let text = String(decoding: log[2], as: UTF8.self).replacingOccurrences(of: "shared with police", with: "shared with nobody")
        log[2] = Array(text.utf8)
        let verification = verify(log)
        #expect(verification.breaks.map(\.position) == ["mash.audit[0]@2"])
        #expect(verification.breaks.first?.reason == "its hash does not match its content: the record was edited")
    }

    @Test func anEditedRecordWithItsHashRecomputedBreaksTheNextLink() throws {
        var log = try log()
        var edited = try MASHJSON.decode(AuditRecord.self, from: Data(log[2]))
        edited.reason = "shared with nobody"
        edited.hash = AuditChain.hash(of: edited)
        log[2] = try MASHJSON.encodeBytes(edited)
        let verification = verify(log)
        #expect(verification.breaks.map(\.auditId) == ["C"])
        #expect(verification.breaks.first?.reason.hasSuffix("which no earlier record of the case has: a record before it was removed or edited") == true)
    }

    @Test func aRemovedRecordIsFound() throws {
        var log = try log()
        log.remove(at: 2)
        #expect(verify(log).breaks.map(\.auditId) == ["C"])
    }

    @Test func anUnreadableRecordIsABreak() throws {
        var log = try log()
        log[1] = Array("{\"schema\":\"mash.audit/1\"}".utf8)
        // The record after it, in its case, then follows a hash no readable record has.
        #expect(verify(log).breaks.map(\.position) == ["mash.audit[0]@1", "mash.audit[0]@4"])
        #expect(verify(log).breaks.first?.reason == "not a readable audit record")
    }

    @Test func replaysAndSecondWritersDoNotBreakTheChain() throws {
        var log = try log()
        // A replayed batch seals the same record again from the same head, at another time...
        var replayed = AuditChain(head: try MASHJSON.decode(AuditRecord.self, from: Data(log[0])).hash)
        var again = record("B")
        again.at = at.adding(minutes: 3)
        log.append(try MASHJSON.encodeBytes(replayed.seal(again)))
        // ...and another writer chains from the latest record it knew of.
        var workspace = AuditChain(head: try MASHJSON.decode(AuditRecord.self, from: Data(log[3])).hash)
        log.append(try MASHJSON.encodeBytes(workspace.seal(record("ESC"))))
        #expect(verify(log).isIntact)
    }
}
