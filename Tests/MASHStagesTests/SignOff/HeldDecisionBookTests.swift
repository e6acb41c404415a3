import Foundation
import MASHCore
import MASHStages
import Testing

@Suite("Held decision book")
struct HeldDecisionBookTests {
    /// The example record, for `caseId`, with `status`.
    func record(_ caseId: String, _ status: HeldStatus) throws -> [UInt8] {
        let example = String(decoding: try TopicFiles.example("mash.held-decisions"), as: UTF8.self)
        let original = try MASHJSON.decode(HeldDecision.self, from: Data(example.utf8))
        return Array(example.replacingOccurrences(of: "\"status\": \"signed-off\"", with: "\"status\": \"\(status.rawValue)\"")
            .replacingOccurrences(of: original.caseId, with: caseId).utf8)
    }

    @Test("cases waiting for sign-off are counted as records come: a hold counts once however often it is replayed, and a sign-off ends it")
    func awaitingCount() throws {
        let book = HeldDecisionBook()
        try book.apply(record("CASE-A", .awaitingSignOff))
        try book.apply(record("CASE-B", .awaitingSignOff))
        try book.apply(record("CASE-A", .awaitingSignOff))
        #expect(book.awaitingSignOff == 2)
        try book.apply(record("CASE-A", .signedOff))
        #expect(book.awaitingSignOff == 1)
        #expect(book.count == 2)
        #expect(book.state(of: "CASE-A")?.status == .signedOff)
    }

    @Test("a record is given back whole when asked for; something else on the topic, or another schema, is ignored")
    func recordsGivenBackWhole() throws {
        let book = HeldDecisionBook()
        let bytes = try record("CASE-C", .awaitingSignOff)
        book.apply(bytes)
        #expect(book.state(of: "CASE-C") == (try MASHJSON.decode(HeldDecision.self, from: Data(bytes))))
        #expect(book.state(of: "CASE-D") == nil)

        book.apply(Array("not json".utf8))
        book.apply(Array(#"{"schema": "mash.review/1", "caseId": "CASE-C", "status": "signed-off"}"#.utf8))
        book.apply(Array(String(decoding: try record("CASE-C", .signedOff), as: UTF8.self)
            .replacingOccurrences(of: MessageSchema.heldDecision, with: "mash.held-decisions/9").utf8))
        #expect(book.count == 1 && book.awaitingSignOff == 1)
        #expect(book.state(of: "CASE-C")?.status == .awaitingSignOff)
    }
}
