import Foundation
import Logging
import MASHCore
import MASHKafka
import MASHStages

/// Takes partners' referrals into the hub: checks each as the referral stage will, stamps it with who sent it
/// and when, namespaces its id by the partner (so no partner can take another's ids), and sends it to
/// `mash.referral`. The same request again is the same referral; the same id with another body is refused.
public struct PartnerReferrals: Sendable {
    let store: GatewayStore
    let producer: KafkaProducer
    let logger: Logger

    /// What became of one referral.
    public enum Result: Sendable {
        /// New: sent to the hub.
        case received(GatewayStore.Submission)
        /// The same request was received before: nothing sent again.
        case alreadyReceived(GatewayStore.Submission)
    }

    /// A referral checked and stamped, its id reserved, ready to send.
    struct Prepared: Sendable {
        let submission: GatewayStore.Submission
        let document: [UInt8]
        let record: ProducerRecord
    }

    /// Takes one referral (the JSON of the referral schema, `receivedAt` and `schema` optional) from `partner`.
    public func submit(_ body: [UInt8], from partner: Partner) async throws -> Result {
        switch try prepare(body, from: partner) {
        case .left(let known):
            return .alreadyReceived(known)
        case .right(let prepared):
            try await send([prepared])
            return .received(prepared.submission)
        }
    }

    /// Checks, stamps and reserves a referral; `.left` when the same request was received before.
    func prepare(_ body: [UInt8], from partner: Partner, now: Timestamp = .now) throws -> Either<GatewayStore.Submission, Prepared> {
        let requestDigest = Self.requestDigest(body)
        let (document, partnerReferralId) = try Self.stamped(body, from: partner, now: now)
        let hubReferralId = "\(partner.id)/\(partnerReferralId)"
        let documentDigest = SHA256.hex(document)
        let submission = GatewayStore.Submission(
            hubReferralId: hubReferralId, partnerId: partner.id, partnerReferralId: partnerReferralId,
            caseId: CaseIdentifiers.caseId(referralId: hubReferralId), requestDigest: requestDigest, documentDigest: documentDigest,
            status: .received, reason: nil, feedback: nil, receivedAt: now, updatedAt: now
        )
        if let existing = try store.reserve(submission) {
            guard existing.requestDigest == requestDigest else {
                throw GatewayError(.conflict, "referralId \(partnerReferralId): already received with different content; resend the original or use a new id",
                                   problems: [ValidationProblem(path: "referralId", message: "already used for a different referral")])
            }
            return .left(existing)
        }
        let record = ProducerRecord(
            topic: PipelineTopic.referral.rawValue, key: hubReferralId, value: document,
            headers: [
                KafkaHeader(name: GatewayHeaders.partner, string: partner.id),
                KafkaHeader(name: GatewayHeaders.requestDigest, string: requestDigest),
                KafkaHeader(name: GatewayHeaders.seal, string: GatewayHeaders.seal(partner: partner.id, request: requestDigest, document: document, secret: store.secret)),
            ]
        )
        return .right(Prepared(submission: submission, document: document, record: record))
    }

    /// Sends prepared referrals and waits for the broker to have them all; on failure forgets their
    /// reservations (the partner may send them again) and answers 503.
    func send(_ prepared: [Prepared]) async throws {
        guard !prepared.isEmpty else { return }
        do {
            try await producer.send(prepared.map(\.record))
        } catch {
            for item in prepared { try? store.release(item.submission.hubReferralId, documentDigest: item.submission.documentDigest) }
            logger.error("mash.gateway.intake-failed", metadata: ["mash.gateway.referrals": .stringConvertible(prepared.count), "error": .string("\(error)")])
            throw GatewayError(.serviceUnavailable, "the hub could not take the referral just now; send it again", headers: [.retryAfter: "5"])
        }
    }

    /// The partner's referral as the hub takes it: its id namespaced by the partner, `receivedAt` the
    /// gateway's clock, `schema` the current one, the referrer's agency the partner's (or one it may refer
    /// for), checked exactly as the referral stage checks it. Throws 422 naming every field at fault.
    static func stamped(_ body: [UInt8], from partner: Partner, now: Timestamp) throws -> (document: [UInt8], partnerReferralId: String) {
        guard body.count <= GatewayLimits.maximumReferralBytes else {
            throw GatewayError(.contentTooLarge, "\(body.count) bytes is over the limit of \(GatewayLimits.maximumReferralBytes) for one referral")
        }
        guard var object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] else {
            throw GatewayError(.badRequest, "the body is not a JSON object")
        }
        guard let partnerReferralId = object["referralId"] as? String else {
            throw GatewayError.invalid([ValidationProblem(path: "referralId", message: "required: your own id for the referral")])
        }
        let longest = 64 - partner.id.utf8.count - 1
        guard isValidPartnerReferralId(partnerReferralId, longest: longest) else {
            throw GatewayError.invalid([ValidationProblem(path: "referralId", message: "must be 1-\(longest) letters, digits, '-' or '_'")])
        }
        object["referralId"] = "\(partner.id)/\(partnerReferralId)"
        if object["schema"] == nil { object["schema"] = MessageSchema.referral }
        object["receivedAt"] = now.iso8601
        if var referrer = object["referrer"] as? [String: Any] {
            if let claimed = referrer["agency"] {
                guard let text = claimed as? String, let agency = Agency(rawValue: text), partner.mayRefer(for: agency) else {
                    let allowed = ([partner.agency] + (partner.refersFor ?? [])).map(\.rawValue).joined(separator: ", ")
                    throw GatewayError(.unprocessableContent, "referrer.agency: you send referrals for \(allowed) only",
                                       problems: [ValidationProblem(path: "referrer.agency", message: "you send referrals for \(allowed) only")])
                }
            } else {
                referrer["agency"] = partner.agency.rawValue
            }
            object["referrer"] = referrer
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            throw GatewayError(.badRequest, "the body is not a JSON object")
        }
        let document = Array(data)
        let problems = ReferralScreening.problems(in: document)
        guard problems.isEmpty else { throw GatewayError.invalid(problems) }
        return (document, partnerReferralId)
    }

    /// The digest that says two requests are the same: of the JSON with its keys sorted, so a partner whose
    /// encoder orders keys or spaces differently on a retry is still sending the same referral; of the bytes
    /// for anything else.
    static func requestDigest(_ body: [UInt8]) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)),
              let canonical = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return SHA256.hex(body) }
        return SHA256.hex(Array(canonical))
    }

    /// 1-`longest` ASCII letters, digits, '-' or '_': a referral id without the '/' the hub keeps for namespaces.
    static func isValidPartnerReferralId(_ id: String, longest: Int) -> Bool {
        (1...max(1, longest)).contains(id.utf8.count) && id.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"):
                true
            default:
                false
            }
        }
    }
}

/// One of two things.
enum Either<Left: Sendable, Right: Sendable>: Sendable {
    case left(Left)
    case right(Right)
}
