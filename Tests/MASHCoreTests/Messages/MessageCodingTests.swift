import Foundation
import MASHCore
import Testing

/// The hand-written coders: schema checks, disclosure rule, product entries, case file sections.
@Suite struct MessageCodingTests {
    @Test func encoderIsCompactAndLeavesSlashesAlone() throws {
        let text = String(decoding: try MASHJSON.encode(Fixtures.referral { $0.referralId = "POL/1" }), as: UTF8.self)
        #expect(text.contains(#""referralId":"POL/1""#))
        #expect(!text.contains("\n") && !text.contains(": "))
        #expect(!text.contains("dash") && !text.contains("null"))
    }

    @Test func messagesWithAnotherSchemaAreRejected() throws {
        var document = try JSONValue.parse(MASHJSON.encode(Fixtures.minimalReferral))
        document = document.replacing(JSONPath(steps: [.key("schema")])) { _ in .string("mash.referral/2") }
        #expect(throws: DecodingError.self) { try MASHJSON.decode(Referral.self, from: document.data()) }
        let tasking = try MASHJSON.encode(Fixtures.tasking(for: .police))
        #expect(throws: DecodingError.self) { try MASHJSON.decode(AuditRecord.self, from: tasking) }
    }

    @Test func caseFileSectionsMatchTheSchema() throws {
        let research = Fixtures.caseFile(schema: MessageSchema.research, research: Fixtures.emptyResearch)
        #expect(throws: DecodingError.self) { try MASHJSON.decode(CaseFile.self, from: MASHJSON.encode(research)) }
        let risk = Fixtures.caseFile(schema: MessageSchema.riskAssessment)
        #expect(throws: DecodingError.self) { try MASHJSON.decode(CaseFile.self, from: MASHJSON.encode(risk)) }
        let decision = Fixtures.caseFile(schema: MessageSchema.decision, research: Fixtures.emptyResearch)
        #expect(throws: DecodingError.self) { try MASHJSON.decode(CaseFile.self, from: MASHJSON.encode(decision)) }
        let complete = Fixtures.caseFile(schema: MessageSchema.decision, research: Fixtures.emptyResearch, assessment: Fixtures.assessment)
        #expect(try MASHJSON.decode(CaseFile.self, from: MASHJSON.encode(complete)) == complete)
    }

    @Test func hubOnlyItemsCannotBeShareable() throws {
        let bad = Data(#"{"hubOnly":true,"shareableWith":["police"]}"#.utf8)
        #expect(throws: DecodingError.self) { try MASHJSON.decode(Disclosure.self, from: bad) }
        let hubOnly = try MASHJSON.decode(Disclosure.self, from: Data(#"{"hubOnly":true,"shareableWith":[]}"#.utf8))
        #expect(hubOnly == .withinHubOnly && !hubOnly.permits(.police))
        let shareable = Disclosure.shareable(with: [.socialCare])
        #expect(shareable.permits(.socialCare) && !shareable.permits(.health))
    }

    @Test func productEntriesAreToldApartByWithheld() throws {
        let entries: [ProductEntry] = [.shared(SharedItem(Fixtures.item)), .withheld(WithheldNotice(owner: .socialCare))]
        let data = try MASHJSON.encode(entries)
        let expected = #"""
        [{"itemId":"I1","owner":"education","kind":"school-attendance","summary":"Attendance 81% this term","date":"2026-02-01"},
         {"owner":"social-care","withheld":true,"notice":"confidential information held by Children's Social Care"}]
        """#
        #expect(try JSONValue.parse(data) == JSONValue.parse(expected))
        #expect(try MASHJSON.decode([ProductEntry].self, from: data) == entries)
        #expect(entries.map(\.owner) == [.education, .socialCare])
        let withheldFalse = Data(#"{"owner":"police","withheld":false,"notice":"x"}"#.utf8)
        #expect(throws: DecodingError.self) { try MASHJSON.decode(ProductEntry.self, from: withheldFalse) }
    }

    @Test func lawfulBasisPresets() {
        #expect(LawfulBasis.police.regime == .dpa2018Part3)
        #expect(LawfulBasis.police.basis.contains("Schedule 8 para 4"))
        #expect(LawfulBasis.safeguardingChildren.regime == .ukGDPR)
        #expect(LawfulBasis.safeguardingChildren.basis.contains("Schedule 1 para 18"))
        #expect(LawfulBasis.safeguardingChildren.basis.contains("Art 9(2)(g)"))
    }

    @Test func dashRiskBands() {
        #expect(DASHRiskLevel(yesCount: 9) == .standard)
        #expect(DASHRiskLevel(yesCount: 10) == .medium)
        #expect(DASHRiskLevel(yesCount: 13) == .medium)
        #expect(DASHRiskLevel(yesCount: 14) == .high)
        let checklist = DASHChecklist(version: .partner24, answers: Array(repeating: true, count: 14) + Array(repeating: false, count: 10))
        #expect(checklist.yesCount == 14 && checklist.isComplete && checklist.riskLevel == .high)
    }
}
