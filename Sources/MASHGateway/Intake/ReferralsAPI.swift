import Foundation
import HTTPTypes
import Hummingbird
import MASHCore
import Metrics

/// Partners' referrals: one at a time, a batch file, and where each has got.
struct ReferralsAPI {
    let referrals: PartnerReferrals
    let store: GatewayStore

    /// Where a referral has got, as its referrer may know it.
    struct StatusBody: Codable, Sendable {
        let referralId: String
        let status: ReferralStatus
        let receivedAt: Timestamp
        let updatedAt: Timestamp
        /// Why the hub refused it.
        let reason: String?
        /// Once decided: the outcome in the referrer's terms.
        let outcome: ReferrerFeedback?
        let statusUrl: String

        init(_ submission: GatewayStore.Submission) {
            referralId = submission.partnerReferralId
            status = submission.status
            receivedAt = submission.receivedAt
            updatedAt = submission.updatedAt
            reason = submission.reason
            outcome = submission.feedback
            statusUrl = "/v1/referrals/\(submission.partnerReferralId)"
        }
    }

    struct BatchReport: Codable, Sendable {
        struct RowReport: Codable, Sendable {
            let line: Int
            let referralId: String?
            let status: String
            let problems: [GatewayError.ErrorBody.Problem]?
        }

        let accepted: Int
        let alreadyReceived: Int
        let rejected: Int
        let rows: [RowReport]
    }

    func addRoutes(to group: RouterGroup<GatewayContext>) {
        group.post("referrals") { request, context in
            let partner = try context.requirePartner()
            let body = try await request.collectBody(upTo: GatewayLimits.maximumReferralBytes)
            return try await Idempotency.respond(to: request, body: body, partner: partner, store: store) {
                switch try await referrals.submit(body, from: partner) {
                case .received(let submission):
                    Self.count(partner, "received")
                    return (.accepted, StatusBody(submission))
                case .alreadyReceived(let submission):
                    Self.count(partner, "already-received")
                    return (.ok, StatusBody(try store.submission(submission.hubReferralId) ?? submission))
                }
            }
        }
        group.get("referrals/:referralId") { _, context in
            let partner = try context.requirePartner()
            let id = try context.parameters.require("referralId")
            // Only the partner's own namespace is looked in: another partner's referral is simply not there.
            guard PartnerReferrals.isValidPartnerReferralId(id, longest: 64), let submission = try store.submission("\(partner.id)/\(id)") else {
                throw GatewayError(.notFound, "you have sent no referral \(String(id.prefix(64)).debugDescription)")
            }
            return JSONResponse(value: StatusBody(submission))
        }
        group.post("referral-batches") { request, context in
            let partner = try context.requirePartner()
            let body = try await request.collectBody(upTo: GatewayLimits.maximumBatchBytes)
            return try await Idempotency.respond(to: request, body: body, partner: partner, store: store) {
                (.ok, try await batch(body, from: partner))
            }
        }
    }

    /// Counts referrals by partner and what became of them (`mash_gateway_referrals_total`); a single
    /// referral refused shows in the HTTP metrics by its status.
    static func count(_ partner: Partner, _ result: String, _ by: Int = 1) {
        guard by > 0 else { return }
        Counter(label: "mash_gateway_referrals_total", dimensions: [("partner", partner.id), ("result", result)]).increment(by: by)
    }

    /// Takes every good row of a batch file and reports on each; the rows sent go to the hub together.
    private func batch(_ body: [UInt8], from partner: Partner) async throws -> BatchReport {
        let mapping = try NotificationBatch(partner: partner)
        var reports: [BatchReport.RowReport] = []
        var prepared: [PartnerReferrals.Prepared] = []
        var already = 0
        for row in try mapping.rows(of: body) {
            // A problem is named by the file's column where there is one, and the referral field it fills.
            func refused(_ problems: [ValidationProblem]) {
                let named = problems.map { problem in
                    GatewayError.ErrorBody.Problem(field: mapping.column(for: problem.path).map { "\($0) (\(problem.path))" } ?? problem.path,
                                                   message: problem.message)
                }
                reports.append(.init(line: row.line, referralId: row.referralId, status: "rejected", problems: named))
            }
            guard let rowBody = row.body else {
                refused(row.problems)
                continue
            }
            do {
                switch try referrals.prepare(rowBody, from: partner) {
                case .left:
                    already += 1
                    reports.append(.init(line: row.line, referralId: row.referralId, status: "already-received", problems: nil))
                case .right(let item):
                    prepared.append(item)
                    reports.append(.init(line: row.line, referralId: row.referralId, status: "received", problems: nil))
                }
            } catch let error as GatewayError {
                refused(error.problems.isEmpty ? [ValidationProblem(path: "", message: error.reason)] : error.problems)
            }
        }
        try await referrals.send(prepared)
        Self.count(partner, "received", prepared.count)
        Self.count(partner, "already-received", already)
        Self.count(partner, "refused", reports.count - prepared.count - already)
        return BatchReport(accepted: prepared.count, alreadyReceived: already, rejected: reports.count - prepared.count - already, rows: reports)
    }
}

extension Request {
    /// The body, up to `limit` bytes, or 413.
    func collectBody(upTo limit: Int) async throws -> [UInt8] {
        do {
            return Array(buffer: try await body.collect(upTo: limit))
        } catch {
            throw GatewayError(.contentTooLarge, "the body is over the limit of \(limit) bytes")
        }
    }
}

/// A JSON response in the hub's one JSON form.
struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    var status: HTTPResponse.Status = .ok
    let value: Value

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: try MASHJSON.encodeBytes(value))))
    }
}
