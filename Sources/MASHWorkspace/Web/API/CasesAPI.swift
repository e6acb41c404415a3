import Hummingbird
import MASHCore

/// The cases: the queue, one case whole, and what people do to them.
struct CasesAPI {
    let store: CaseStore
    let desk: CaseDesk

    struct CasesBody: Encodable, Sendable {
        let cases: [CaseSummary]
    }

    /// One case whole: its summary, the case file, the proposal held, the outcome issued, taskings, sign-offs,
    /// escalations and the audit trail (with whether its hash chain holds).
    struct CaseBody: Encodable, Sendable {
        let `case`: CaseSummary
        let caseFile: CaseFile?
        let proposal: Review?
        let outcome: Outcome?
        let taskings: [Tasking]
        let signOffs: [SignOff]
        let escalations: [Escalation]
        let audit: [AuditRecord]
        let auditChainIntact: Bool
    }

    struct Accepted: Encodable, Sendable {
        let status: String
        let id: String
    }

    struct EscalationBody: Decodable {
        let reason: String?
    }

    struct ResolutionBody: Decodable {
        let resolution: String?
        let escalationId: String?
    }

    func addRoutes(to group: RouterGroup<WorkspaceContext>) {
        group.get("cases") { request, context in
            _ = try context.require(.viewCases)
            let filter = try QueueFilter(request.uri.queryParameters["status"].map(String.init))
            return JSONBody(value: CasesBody(cases: try filter.cases(in: store)))
        }
        group.get("cases/:caseId") { _, context in
            _ = try context.require(.viewCases)
            let caseId = try context.parameters.require("caseId")
            let record = try desk.record(caseId)
            guard let summary = try store.summary(caseId) else { throw WorkspaceError(.notFound, "no case \(caseId.prefix(80))") }
            return JSONBody(value: CaseBody(
                case: summary, caseFile: record.caseFile, proposal: record.review, outcome: record.outcome, taskings: record.taskings,
                signOffs: record.signOffs, escalations: record.escalations, audit: record.audits, auditChainIntact: record.auditChainIntact
            ))
        }
        group.post("cases/:caseId/sign-off") { request, context in
            let user = try context.require(.confirmDecision)
            let body = try await request.decodeJSON(SignOffRequest.self, context: context)
            let signOff = try await desk.signOff(try context.parameters.require("caseId"), body, by: user)
            return JSONBody(status: .accepted, value: Accepted(status: "submitted", id: signOff.signOffId))
        }
        group.post("cases/:caseId/escalation") { request, context in
            let user = try context.require(.escalate)
            let body = try await request.decodeJSON(EscalationBody.self, context: context)
            let escalation = try await desk.escalate(try context.parameters.require("caseId"), reason: body.reason, by: user)
            return JSONBody(status: .accepted, value: Accepted(status: "escalated", id: escalation.escalationId))
        }
        group.post("cases/:caseId/escalation/resolution") { request, context in
            let user = try context.require(.resolveEscalation)
            let body = try await request.decodeJSON(ResolutionBody.self, context: context)
            let resolved = try await desk.resolve(try context.parameters.require("caseId"), escalationId: body.escalationId,
                                                  resolution: body.resolution, by: user)
            return JSONBody(status: .accepted, value: Accepted(status: "resolved", id: resolved.escalationId))
        }
    }
}

/// Which cases a queue shows: every case, or those awaiting sign-off, escalated, issued or in progress.
struct QueueFilter: Sendable, Equatable {
    let status: CaseStatus?
    let escalated: Bool

    /// The filter a `status` parameter names, or 400.
    init(_ parameter: String?) throws {
        switch parameter {
        case nil, "", "all": (status, escalated) = (nil, false)
        case "escalated": (status, escalated) = (nil, true)
        case let .some(text):
            guard let status = CaseStatus(rawValue: text) else {
                throw WorkspaceError(.badRequest, "status must be awaiting-sign-off, escalated, issued or in-progress", field: "status")
            }
            (self.status, escalated) = (status, false)
        }
    }

    func cases(in store: CaseStore) throws -> [CaseSummary] {
        try store.queue(status: status, escalatedOnly: escalated)
    }
}

extension CaseRecord {
    /// Whether the case's audit records, in log order, form unbroken hash chains.
    var auditChainIntact: Bool {
        var verification = AuditVerification()
        for (index, audit) in audits.enumerated() {
            verification.add((try? MASHJSON.encodeBytes(audit)) ?? [], position: "\(index)")
        }
        return verification.isIntact
    }
}
