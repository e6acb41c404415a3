import Foundation
import Hummingbird
import Logging
import MASHCore
import MASHKafka

/// The taskings addressed to a partner's agency (each exactly as the firewall let it go to that agency), and
/// the agency's answers: acknowledged, completed. Each answer is recorded on `mash.tasking-update`.
struct TaskingsAPI {
    let store: GatewayStore
    let producer: KafkaProducer

    struct TaskingBody: Codable, Sendable {
        let reference: String
        let tasking: Tasking
        let acknowledged: TaskingUpdate?
        let completed: TaskingUpdate?

        init(_ record: GatewayStore.TaskingRecord) {
            reference = record.reference
            tasking = record.tasking
            acknowledged = record.acknowledged
            completed = record.completed
        }
    }

    struct TaskingsBody: Codable, Sendable {
        let taskings: [TaskingBody]
    }

    /// Who answers and what they say.
    struct AnswerRequest: Decodable {
        let name: String
        let role: String?
        let note: String?
    }

    func addRoutes(to group: RouterGroup<GatewayContext>) {
        group.get("taskings") { request, context in
            let partner = try context.requirePartner()
            let all = request.uri.queryParameters["status"].map(String.init) == "all"
            return JSONResponse(value: TaskingsBody(taskings: try store.taskings(for: partner.agency, all: all).map(TaskingBody.init)))
        }
        group.get("taskings/:reference") { _, context in
            let partner = try context.requirePartner()
            return JSONResponse(value: TaskingBody(try record(try context.parameters.require("reference"), for: partner)))
        }
        for kind in TaskingUpdateKind.allCases {
            group.post("taskings/:reference/\(kind == .acknowledged ? "acknowledgement" : "completion")") { request, context in
                let partner = try context.requirePartner()
                let record = try record(try context.parameters.require("reference"), for: partner)
                let answer = try Self.answer(try await request.collectBody(upTo: GatewayLimits.maximumAnswerBytes), kind: kind)
                if let earlier = kind == .acknowledged ? record.acknowledged : record.completed {
                    return JSONResponse(status: .ok, value: earlier)
                }
                let update = TaskingUpdate(
                    taskingId: record.tasking.taskingId, caseId: record.tasking.caseId, referralId: record.tasking.referralId,
                    recipient: record.tasking.recipient, kind: kind,
                    by: PartnerPerson(partner: partner.id, name: answer.name, role: answer.role), note: answer.note, at: .now
                )
                try await send(update)
                try store.record(update)
                return JSONResponse(status: .accepted, value: update)
            }
        }
    }

    /// The tasking if it is addressed to the partner's agency; 404 otherwise, whether or not it exists.
    private func record(_ reference: String, for partner: Partner) throws -> GatewayStore.TaskingRecord {
        guard reference.utf8.count <= 200, let record = try store.tasking(reference: reference), record.tasking.recipient == partner.agency else {
            throw GatewayError(.notFound, "no tasking \(String(reference.prefix(200)).debugDescription) for \(partner.agency.displayName)")
        }
        return record
    }

    /// The answer in a body, its text held to the limits referrals are: a name, a role, a note of 2,000.
    static func answer(_ body: [UInt8], kind: TaskingUpdateKind) throws -> AnswerRequest {
        let answer: AnswerRequest
        do {
            answer = try MASHJSON.decode(AnswerRequest.self, from: body)
        } catch {
            throw GatewayError(.badRequest, "expected {\"name\": \"...\", \"role\": \"...\", \"note\": \"...\"}")
        }
        var problems = ReferralTextChecks.problems(answer.name, path: "name", limit: Referral.maximumNameLength, required: true)
        if let role = answer.role { problems += ReferralTextChecks.problems(role, path: "role", limit: Referral.maximumFieldLength) }
        if let note = answer.note { problems += ReferralTextChecks.problems(note, path: "note", limit: Referral.maximumReasonLength, freeText: true) }
        if kind == .completed, (answer.note ?? "").allSatisfy(\.isWhitespace) {
            problems.append(ValidationProblem(path: "note", message: "a completion must say what was done"))
        }
        guard problems.isEmpty else {
            throw GatewayError(.unprocessableContent, problems.map(\.description).joined(separator: "; "), problems: problems)
        }
        return answer
    }

    private func send(_ update: TaskingUpdate) async throws {
        let value = try MASHJSON.encodeBytes(update)
        let key = IdempotencyKey.derive(base: SHA256.hex(Array(update.updateId.utf8)), topic: PipelineTopic.taskingUpdate.rawValue, index: 0)
        do {
            try await producer.send([ProducerRecord(topic: PipelineTopic.taskingUpdate.rawValue, key: update.caseId, value: value,
                                                    headers: [KafkaHeader(name: IdempotencyKey.header, string: key)])])
        } catch {
            throw GatewayError(.serviceUnavailable, "the hub could not record the answer just now; send it again", headers: [.retryAfter: "5"])
        }
    }
}
