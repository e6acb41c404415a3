import Foundation
import MASHCore
import Testing

/// The enums in the schema files list exactly the Swift raw values, and Swift-built messages
/// (covering variants the examples do not) validate and round-trip.
@Suite struct SchemaModelAgreementTests {
    private static func strings<Code: RawRepresentable & CaseIterable>(_: Code.Type) -> [JSONValue] where Code.RawValue == String {
        Code.allCases.map { .string($0.rawValue) }
    }

    static let enumsByPath: [(path: [String], values: [JSONValue])] = [
        (["$defs", "Agency", "enum"], strings(Agency.self)),
        (["$defs", "ReferralSource", "enum"], strings(ReferralSource.self)),
        (["$defs", "CINFactor", "enum"], strings(CINFactor.self)),
        (["$defs", "ConcernCategory", "enum"], strings(ConcernCategory.self)),
        (["$defs", "Level", "enum"], Level.allCases.map { .number(Double($0.rawValue)) }),
        (["$defs", "RAG", "enum"], strings(RAG.self)),
        (["$defs", "SubjectRole", "enum"], strings(SubjectRole.self)),
        (["$defs", "OutcomeKind", "enum"], strings(OutcomeKind.self)),
        (["$defs", "TaskingAction", "enum"], strings(TaskingAction.self)),
        (["$defs", "Subject", "properties", "sex", "enum"], strings(Sex.self)),
        (["$defs", "IntelligenceItem", "properties", "kind", "enum"], strings(IntelligenceKind.self)),
        (["$defs", "SubjectLink", "properties", "status", "enum"], strings(MatchStatus.self)),
        (["$defs", "LawfulBasis", "properties", "regime", "enum"], strings(DataRegime.self)),
        (["$defs", "RiskAssessment", "properties", "primaryNeed", "enum"], strings(PrimaryNeed.self)),
        (["$defs", "RiskAssessment", "properties", "flags", "items", "enum"], strings(RiskFlag.self)),
        (["$defs", "HubRole", "enum"], strings(HubRole.self)),
        (["$defs", "PrimaryNeed", "enum"], strings(PrimaryNeed.self)),
        (["$defs", "AbuseCategory", "enum"], strings(AbuseCategory.self)),
        (["$defs", "SignOffAction", "enum"], strings(SignOffAction.self)),
        (["$defs", "TaskingUpdateKind", "enum"], strings(TaskingUpdateKind.self)),
        (["$defs", "EscalationTier", "enum"], strings(EscalationTier.self)),
        (["properties", "status", "enum"], strings(HeldStatus.self)),
        (["properties", "kind", "enum"], strings(EscalationKind.self)),
        (["properties", "concerning", "enum"], strings(EscalationConcern.self)),
        (["properties", "action", "enum"], []),  // checked per topic below
    ]

    @Test(arguments: TopicFiles.names)
    func schemaEnumsListEverySwiftRawValue(name: String) throws {
        let schema = try #require(TopicFiles.topicDocument(name)["valueSchema"])
        var checked = 0
        for (path, values) in Self.enumsByPath where !values.isEmpty {
            guard let listed = path.reduce(Optional(schema), { $0?[$1] }) else { continue }
            #expect(listed == .array(values), "\(name) \(path.joined(separator: "."))")
            checked += 1
        }
        if let consent = schema["$defs"]?["Consent"]?["oneOf"]?.arrayValue {
            #expect(consent.compactMap { $0["properties"]?["status"]?["const"] } == Self.strings(ConsentStatus.self))
        }
        if let dash = schema["$defs"]?["DASHChecklist"]?["oneOf"]?.arrayValue {
            #expect(dash.compactMap { $0["properties"]?["version"]?["const"] } == Self.strings(DASHVersion.self))
        }
        if let product = schema["$defs"]?["ProductEntry"]?["oneOf"]?[0] {
            #expect(product["properties"]?["kind"]?["enum"] == .array(Self.strings(IntelligenceKind.self)))
        }
        if name == "mash.audit" {
            #expect(schema["properties"]?["action"]?["enum"] == .array(Self.strings(AuditAction.self)))
        }
        // Every message but the referral register (ids and a digest only) has enumerations to check.
        #expect(checked > 0 || name == PipelineTopic.referralRegister.rawValue)
    }

    private func expectValid<Message: Codable & Equatable>(_ message: Message, on topic: String) throws {
        let data = try MASHJSON.encode(message)
        let document = try JSONValue.parse(data)
        #expect(try TopicFiles.validator(topic).validate(document) == [], "\(topic): \(document)")
        #expect(try MASHJSON.decode(Message.self, from: data) == message)
    }

    @Test func referralVariantsValidate() throws {
        try expectValid(Fixtures.minimalReferral, on: "mash.referral")
        let consents: [Consent] = [.refused(reason: nil), .refused(reason: "Mother does not want school involved"),
                                   .notSought(reason: "Would alert the alleged abuser"), .overridden(justification: "Risk of significant harm")]
        for consent in consents {
            try expectValid(Fixtures.referral { $0.consent = consent }, on: "mash.referral")
        }
        let partnerDASH = DASHChecklist(version: .partner24, answers: Array(repeating: false, count: 24))
        try expectValid(Fixtures.referral { $0.concern.dash = partnerDASH; $0.concern.urgent = false }, on: "mash.referral")
        try expectValid(Fixtures.referral { $0.subjects[0].address = Address() }, on: "mash.referral")
        let judged = Fixtures.referral { $0.concern.professionalJudgement = ProfessionalJudgement(level: .childInNeed, reason: "Bruising seen twice") }
        try expectValid(judged, on: "mash.referral")
    }

    @Test func caseFileVariantsValidate() throws {
        var screened = Fixtures.caseFile(schema: MessageSchema.research)
        screened.screening.openCase = OpenCaseRouting(agency: .socialCare, caseReference: "SC-991")
        try expectValid(screened, on: "mash.research")
        screened.screening.openCase?.allocatedWorker = "Sam Patel"
        try expectValid(screened, on: "mash.research")

        var research = Fixtures.emptyResearch
        research.items = [Fixtures.item, {
            var withheld = Fixtures.item
            withheld.itemId = "I2"
            withheld.disclosure = .withinHubOnly
            withheld.endDate = Fixtures.date("2026-02-28")
            return withheld
        }()]
        research.links = [SubjectLink(subjectId: "S1", agency: .education, recordId: "UPN-1", confidence: 0.5, status: .possibleMatch, evidence: [])]
        try expectValid(Fixtures.caseFile(schema: MessageSchema.riskAssessment, research: research), on: "mash.risk-assessment")
        try expectValid(Fixtures.caseFile(schema: MessageSchema.decision, research: Fixtures.emptyResearch, assessment: Fixtures.assessment),
                        on: "mash.decision")
    }

    @Test func decisionOutputsValidate() throws {
        try expectValid(Outcome(outcomeId: "O-1", caseId: "CASE-1", referralId: "R-1", receivedAt: Fixtures.receivedAt,
                                subjectKey: "nd:lindqvist|ava|2016-05-12", decision: Fixtures.decision, taskings: [],
                                timestamps: Fixtures.timestamps), on: "mash.outcome")
        for agency in [Agency.police, .socialCare, .health] {
            let product: [ProductEntry] = [.shared(SharedItem(Fixtures.item)), .withheld(WithheldNotice(owner: .police))]
            try expectValid(Fixtures.tasking(for: agency, product: product), on: try #require(PipelineTopic.tasking(for: agency)).rawValue)
        }
        var chain = AuditChain()
        try expectValid(chain.seal(AuditRecord(auditId: "A-1", caseId: "CASE-1", action: .decisionHeld, reason: "Level 4: held for sign-off",
                                               stage: "decision", policyVersion: "2026.1", at: Fixtures.receivedAt)), on: "mash.audit")
        let person = Practitioner(username: "sam.patel", name: "Sam Patel", role: .socialCareManager, agency: .socialCare)
        try expectValid(chain.seal(AuditRecord(auditId: "A-2", caseId: "CASE-1", action: .signedOff, reason: "confirmed",
                                               stage: "decision", policyVersion: "2026.1", at: Fixtures.receivedAt, by: person)), on: "mash.audit")
    }

    @Test func aTaskingForOneAgencyIsRejectedOnAnotherAgencysTopic() throws {
        let document = try JSONValue.parse(MASHJSON.encode(Fixtures.tasking(for: .police)))
        #expect(try !TopicFiles.validator("mash.tasking.health").validate(document).isEmpty)
    }
}
