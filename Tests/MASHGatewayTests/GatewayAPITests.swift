import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MASHCore
import MASHKafka
import MASHTestSupport
import Testing
@testable import MASHGateway

/// The partner gateway over real HTTP, sending to and reading from a real embedded broker.
@Suite("Partner gateway", .serialized)
struct GatewayAPITests {
    @Test("only a known key gets in: none or a wrong one is 401 with WWW-Authenticate; /health and the OpenAPI document are open")
    func authentication() async throws {
        let fixture = try GatewayFixture()
        defer { fixture.remove() }
        try await fixture.gateway().test(.live) { client in
            let anonymous = PartnerClient(client: client, key: nil)
            let none = try await anonymous.send(.get, "/v1/taskings")
            #expect(none.status == .unauthorized && none.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(try await PartnerClient(client: client, key: "mash_" + String(repeating: "0", count: 48)).send(.get, "/v1/taskings").status == .unauthorized)
            let header = try await anonymous.send(.get, "/v1/taskings", headers: [HTTPField.Name("X-API-Key")!: fixture.keys[GatewayFixture.school]!])
            #expect(header.status == .ok)
            #expect(try await anonymous.send(.get, "/health").status == .ok)
            let document = try await anonymous.send(.get, "/v1/openapi.json")
            let paths = (document.object["paths"] as? [String: Any])?.keys.sorted() ?? []
            #expect(document.status == .ok && paths.contains("/v1/referrals") && paths.contains("/v1/referral-batches")
                && paths.contains("/v1/taskings/{reference}/acknowledgement"))
        }
    }

    @Test("a referral is stamped with its partner (id namespaced, referrer agency, time received) and sent; its status is the partner's alone; another partner's same id is its own")
    func referralIsStampedAndNamespaced() async throws {
        let fixture = try GatewayFixture()
        defer { fixture.remove() }
        try await fixture.gateway().test(.live) { client in
            let police = PartnerClient(client: client, key: fixture.keys[GatewayFixture.police])
            let school = PartnerClient(client: client, key: fixture.keys[GatewayFixture.school])
            let sent = try await police.json(.post, "/v1/referrals", json: try GatewayFixture.referral("R-1"))
            #expect(sent.status == .accepted && sent.body["status"] as? String == "received" && sent.body["referralId"] as? String == "R-1")

            let messages = try await fixture.test.collect(["mash.referral"]) { $0.count >= 1 }
            let referral = try MASHJSON.decode(Referral.self, from: Data(messages[0].value))
            #expect(messages[0].keyString == "met-police/R-1" && referral.referralId == "met-police/R-1")
            #expect(referral.referrer.agency == .police && Timestamp.now.millisecondsSince1970 - referral.receivedAt.millisecondsSince1970 < 60_000)

            #expect(try await police.json(.get, "/v1/referrals/R-1").body["status"] as? String == "received")
            // The school cannot see the police's referral, and its own R-1 is a different referral.
            #expect(try await school.send(.get, "/v1/referrals/R-1").status == .notFound)
            let squat = try await school.json(.post, "/v1/referrals", json: try GatewayFixture.referral("R-1") { object in
                var referrer = object["referrer"] as! [String: Any]
                referrer["agency"] = "education"
                object["referrer"] = referrer
            })
            #expect(squat.status == .accepted, "\(squat.body)")
            let both = try await fixture.test.collect(["mash.referral"]) { $0.count >= 2 }
            #expect(Set(both.compactMap(\.keyString)) == ["met-police/R-1", "st-marys/R-1"])
        }
    }

    @Test("the same referral again is 200 and not sent twice; the same id with another body is 409; Idempotency-Key replays the first answer and refuses another body")
    func resendsAndIdempotencyKeys() async throws {
        let fixture = try GatewayFixture()
        defer { fixture.remove() }
        try await fixture.gateway().test(.live) { client in
            let police = PartnerClient(client: client, key: fixture.keys[GatewayFixture.police])
            let body = try GatewayFixture.referral("R-2")
            #expect(try await police.send(.post, "/v1/referrals", json: body).status == .accepted)
            #expect(try await police.send(.post, "/v1/referrals", json: body).status == .ok)
            let changed = try GatewayFixture.referral("R-2") { $0["concern"] = ["summary": "Another concern entirely", "categories": ["neglect"]] }
            let conflict = try await police.send(.post, "/v1/referrals", json: changed)
            #expect(conflict.status == .conflict && conflict.problemFields == ["referralId"])

            let key: HTTPFields = [HTTPField.Name("Idempotency-Key")!: "retry-7f3a"]
            let first = try await police.send(.post, "/v1/referrals", json: try GatewayFixture.referral("R-3"), headers: key)
            let retry = try await police.send(.post, "/v1/referrals", json: try GatewayFixture.referral("R-3"), headers: key)
            #expect(first.status == .accepted && retry.status == .accepted)
            #expect(Data(buffer: first.body) == Data(buffer: retry.body) && retry.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            #expect(try await police.send(.post, "/v1/referrals", json: try GatewayFixture.referral("R-4"), headers: key).status == .conflict)

            // Three referrals reached the hub, each once, whatever was retried.
            let messages = try await fixture.test.collect(["mash.referral"], timeout: .seconds(5)) { _ in false }
            #expect(messages.compactMap(\.keyString).sorted() == ["met-police/R-2", "met-police/R-3"])
        }
    }

    @Test("limits at the edge: 413 over the size; 422 naming the field for control and escape characters, bidi overrides, overlong fields, a '/' in the id and an agency the partner may not send for")
    func limitsAtTheEdge() async throws {
        let fixture = try GatewayFixture()
        defer { fixture.remove() }
        try await fixture.gateway().test(.live) { client in
            let police = PartnerClient(client: client, key: fixture.keys[GatewayFixture.police])
            let huge = try GatewayFixture.referral("R-5") { $0["padding"] = String(repeating: "x", count: 300_000) }
            #expect(try await police.send(.post, "/v1/referrals", json: huge).status == .contentTooLarge)
            func field(_ path: [String], _ value: Any) throws -> [String: Any] {
                try GatewayFixture.referral("R-6") { object in
                    var inner = object[path[0]] as! [String: Any]
                    inner[path[1]] = value
                    object[path[0]] = inner
                }
            }
            let cases: [([String: Any], String)] = [
                (try field(["concern", "summary"], "Seen at home \u{1B}]0;owned\u{7} today"), "concern.summary"),
                (try field(["concern", "summary"], "Nothing \u{0} after this"), "concern.summary"),
                (try field(["referrer", "name"], "PC \u{202E}hahS arimA"), "referrer.name"),
                (try field(["referrer", "contact"], String(repeating: "9", count: 20_000)), "referrer.contact"),
                (try field(["referrer", "role"], "Officer\u{1B}[2J"), "referrer.role"),
                (try field(["referrer", "agency"], "health"), "referrer.agency"),
                (try GatewayFixture.referral("NFP/2026/1"), "referralId"),
            ]
            for (body, expected) in cases {
                let response = try await police.send(.post, "/v1/referrals", json: body)
                #expect(response.status == .unprocessableContent && response.problemFields.contains(expected), "\(expected): \(response.object)")
            }
            let nothingSent = try await fixture.test.collect(["mash.referral"], timeout: .seconds(2)) { _ in false }
            #expect(nothingSent.isEmpty)
        }
    }

    @Test("a partner over its rate gets 429 with Retry-After; another partner is not held back")
    func rateLimit() async throws {
        let fixture = try GatewayFixture()
        defer { fixture.remove() }
        try await fixture.gateway().test(.live) { client in
            let slow = PartnerClient(client: client, key: fixture.keys[GatewayFixture.slow])
            for _ in 0..<3 { #expect(try await slow.send(.get, "/v1/taskings").status == .ok) }
            let refused = try await slow.send(.get, "/v1/taskings")
            #expect(refused.status == .tooManyRequests && Int(refused.headers[.retryAfter] ?? "") ?? 0 >= 1)
            #expect(try await PartnerClient(client: client, key: fixture.keys[GatewayFixture.school]).send(.get, "/v1/taskings").status == .ok)
        }
    }

    @Test("status follows the hub: researching once registered, awaiting a decision when held, decided with the outcome in the referrer's terms; a refusal gives the reason")
    func statusFollowsTheHub() async throws {
        let fixture = try GatewayFixture()
        defer { fixture.remove() }
        try await fixture.gateway().test(.live) { client in
            let police = PartnerClient(client: client, key: fixture.keys[GatewayFixture.police])
            #expect(try await police.send(.post, "/v1/referrals", json: try GatewayFixture.referral("R-7")).status == .accepted)
            #expect(try await police.send(.post, "/v1/referrals", json: try GatewayFixture.referral("R-8")).status == .accepted)
            let sent = try await fixture.test.collect(["mash.referral"]) { $0.count >= 2 }
            let caseId = "CASE-met-police.R-7"
            let producer = try fixture.test.producer()

            let registration = ReferralRegistration(referralId: "met-police/R-7", caseId: caseId, digest: SHA256.hex(sent[0].value))
            try await producer.send([ProducerRecord(topic: "mash.referral-register", key: "met-police/R-7", value: try MASHJSON.encodeBytes(registration))])
            #expect(try await police.waitFor("/v1/referrals/R-7") { $0["status"] as? String == "researching" }["status"] as? String == "researching")

            let review = try GatewayFixture.example("mash.review") { $0["caseId"] = caseId; $0["referralId"] = "met-police/R-7" }
            try await producer.send([ProducerRecord(topic: "mash.review", key: "k", value: review)])
            #expect(try await police.waitFor("/v1/referrals/R-7") { $0["status"] as? String == "awaiting-decision" }["status"] as? String == "awaiting-decision")

            let outcome = try GatewayFixture.example("mash.outcome") { $0["caseId"] = caseId; $0["referralId"] = "met-police/R-7" }
            try await producer.send([ProducerRecord(topic: "mash.outcome", key: "k", value: outcome)])
            let decided = try await police.waitFor("/v1/referrals/R-7") { $0["status"] as? String == "decided" }
            let feedback = try #require(decided["outcome"] as? [String: Any])
            let expected = try MASHJSON.decode(Outcome.self, from: Data(outcome))
            #expect(feedback["outcome"] as? String == expected.decision.outcome.rawValue && (feedback["summary"] as? String)?.isEmpty == false)
            // Nothing hub-only: no rationale, level, RAG, subjects or taskings reach the referrer.
            let text = String(decoding: try JSONSerialization.data(withJSONObject: decided), as: UTF8.self)
            for word in ["rationale", "level", "rag", "subjectKey", "taskings", "informationProduct"] { #expect(!text.contains("\"\(word)\""), "\(word)") }
            for line in expected.decision.rationale { #expect(!text.contains(line.text)) }

            let refusedDocument = try #require(sent.first { $0.keyString == "met-police/R-8" })
            let letter = DeadLetter(reason: "referral met-police/R-8: subjects[0].dateOfBirth: after the date received", stage: "referral", message: refusedDocument)
            try await producer.send([ProducerRecord(topic: "mash.dead-letter", key: "k", value: Array(try JSONEncoder().encode(letter)))])
            let rejected = try await police.waitFor("/v1/referrals/R-8") { $0["status"] as? String == "rejected" }
            #expect((rejected["reason"] as? String)?.contains("dateOfBirth") == true)
        }
    }

    @Test("a message on mash.referral claiming to be from a partner, without the gateway's seal, cannot take that partner's id")
    func forgedIntakeHeadersAreIgnored() async throws {
        let fixture = try GatewayFixture()
        defer { fixture.remove() }
        let forged = Array(try JSONSerialization.data(withJSONObject: try GatewayFixture.referral("st-marys/R-9") {
            $0["schema"] = MessageSchema.referral
            $0["receivedAt"] = "2026-03-01T09:00:00.000Z"
        }))
        try await fixture.test.producer().send([ProducerRecord(topic: "mash.referral", key: "st-marys/R-9", value: forged, headers: [
            KafkaHeader(name: "mash-gateway-partner", string: "st-marys"), KafkaHeader(name: "mash-gateway-request", string: SHA256.hex(forged)),
            KafkaHeader(name: "mash-gateway-seal", string: String(repeating: "0", count: 64)),
        ])])
        try await fixture.gateway().test(.live) { client in
            let school = PartnerClient(client: client, key: fixture.keys[GatewayFixture.school])
            _ = try await school.waitFor("/v1/status") { $0["caughtUp"] as? Bool == true }
            #expect(try await school.send(.get, "/v1/referrals/R-9").status == .notFound)
            let own = try await school.send(.post, "/v1/referrals", json: try GatewayFixture.referral("R-9") { object in
                var referrer = object["referrer"] as! [String: Any]
                referrer["agency"] = "education"
                object["referrer"] = referrer
            })
            #expect(own.status == .accepted, "\(own.object)")
        }
    }

    @Test("a batch CSV in the police notification layout: good rows sent, a bad row reported by column and line; a file without a required column is 422")
    func batchCSV() async throws {
        let fixture = try GatewayFixture()
        defer { fixture.remove() }
        let header = "Notification Ref,Child Forename,Child Surname,Child DOB,Child Gender,Postcode,Adult Forename,Adult Surname,Adult Role,Circumstances,Concern Categories,Urgent,Officer Name,Officer Role,Consent,Consent Reason"
        let rows = [
            "PN-1,Leah,Morgan,14/06/2015,F,NF1 4AB,Dean,Morgan,alleged-perpetrator,\"Domestic incident at the home, child present\",domestic-abuse,Y,PC 4417 Amira Shah,Response officer,not sought,Seeking consent could increase the risk",
            "PN-2,Sam,Okoro,2012-01-30,M,NF2 9ZZ,,,,Child found alone at night,neglect;missing,N,PC 2210 Lee Wong,Response officer,given,",
            "PN-3,Ava,Price,31/02/2016,F,NF3 1AA,,,,Child disclosed bruising,physical-abuse,Y,PC 1001 Jo Hart,Response officer,given,",
        ]
        try await fixture.gateway().test(.live) { client in
            let police = PartnerClient(client: client, key: fixture.keys[GatewayFixture.police])
            let response = try await police.send(.post, "/v1/referral-batches", body: Array(([header] + rows).joined(separator: "\r\n").utf8), contentType: "text/csv")
            let report = response.object
            #expect(response.status == .ok && report["accepted"] as? Int == 2 && report["rejected"] as? Int == 1, "\(report)")
            let bad = (report["rows"] as? [[String: Any]] ?? []).first { $0["referralId"] as? String == "PN-3" }
            #expect(bad?["line"] as? Int == 4 && bad?["status"] as? String == "rejected")
            let fields = (bad?["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(fields.contains { $0.hasPrefix("Child DOB") }, "\(fields)")
            let sent = try await fixture.test.collect(["mash.referral"]) { $0.count >= 2 }
            let referrals = try sent.map { try MASHJSON.decode(Referral.self, from: Data($0.value)) }
            #expect(Set(referrals.map(\.referralId)) == ["met-police/PN-1", "met-police/PN-2"])
            let first = try #require(referrals.first { $0.referralId == "met-police/PN-1" })
            #expect(first.subjects.count == 2 && first.subjects[0].dateOfBirth?.iso8601 == "2015-06-14" && first.consent.status == .notSought)
            #expect(first.source == .police && first.concern.urgent == true && first.subjects[1].role == .allegedPerpetrator)

            let again = try await police.send(.post, "/v1/referral-batches", body: Array(([header] + rows.prefix(1)).joined(separator: "\n").utf8), contentType: "text/csv")
            #expect(again.object["alreadyReceived"] as? Int == 1)
            let noColumn = try await police.send(.post, "/v1/referral-batches", body: Array("Notification Ref,Child Surname\nPN-9,Smith\n".utf8), contentType: "text/csv")
            #expect(noColumn.status == .unprocessableContent && noColumn.problemFields.contains("Circumstances"))
        }
    }

    @Test("a tasking answer naming a field twice is refused, not read one way")
    func answerNamingAFieldTwice() throws {
        let twice = Array(#"{"name": "DS Dana Whitfield", "name": "Someone Else"}"#.utf8)
        #expect(throws: GatewayError.self) { try TaskingsAPI.answer(twice, kind: .acknowledged) }
        let once = Array(#"{"name": "DS Dana Whitfield"}"#.utf8)
        #expect(try TaskingsAPI.answer(once, kind: .acknowledged).name == "DS Dana Whitfield")
    }

    @Test("taskings: a partner sees its agency's and no other's; acknowledgement and completion are recorded on mash.tasking-update once each")
    func taskingAnswers() async throws {
        let fixture = try GatewayFixture()
        defer { fixture.remove() }
        let value = try GatewayFixture.example("mash.tasking.police") { _ in }
        let tasking = try MASHJSON.decode(Tasking.self, from: Data(value))
        try await fixture.test.producer().send([ProducerRecord(topic: "mash.tasking.police", key: "k", value: value)])
        try await fixture.gateway().test(.live) { client in
            let police = PartnerClient(client: client, key: fixture.keys[GatewayFixture.police])
            let school = PartnerClient(client: client, key: fixture.keys[GatewayFixture.school])
            let listed = try await police.waitFor("/v1/taskings") { ($0["taskings"] as? [Any])?.isEmpty == false }
            let reference = try #require(((listed["taskings"] as? [[String: Any]])?.first)?["reference"] as? String)
            #expect(reference == tasking.taskingId.replacingOccurrences(of: "/", with: "~"))
            #expect(try await school.json(.get, "/v1/taskings").body["taskings"] as? [Any] != nil)
            #expect((try await school.json(.get, "/v1/taskings").body["taskings"] as? [Any])?.isEmpty == true)
            #expect(try await school.send(.post, "/v1/taskings/\(reference)/acknowledgement", json: ["name": "Someone"]).status == .notFound)

            let ack = try await police.send(.post, "/v1/taskings/\(reference)/acknowledgement", json: ["name": "DS Dana Whitfield", "role": "CAIT"])
            #expect(ack.status == .accepted)
            #expect(try await police.send(.post, "/v1/taskings/\(reference)/acknowledgement", json: ["name": "DC Other"]).status == .ok)
            #expect(try await police.send(.post, "/v1/taskings/\(reference)/completion", json: ["name": "DS Dana Whitfield"]).status == .unprocessableContent)
            #expect(try await police.send(.post, "/v1/taskings/\(reference)/completion", json: ["name": "DS \u{1B}[31mX", "note": "done"]).status == .unprocessableContent)
            #expect(try await police.send(.post, "/v1/taskings/\(reference)/completion", json: ["name": "DS Dana Whitfield", "note": "Strategy discussion held; s47 enquiries begun."]).status == .accepted)

            let updates = try await fixture.test.collect(["mash.tasking-update"]) { $0.count >= 2 }
            let decoded = try updates.map { try MASHJSON.decode(TaskingUpdate.self, from: Data($0.value)) }
            #expect(decoded.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.acknowledged, .completed])
            #expect(decoded.allSatisfy { $0.taskingId == tasking.taskingId && $0.by.partner == GatewayFixture.police && $0.recipient == .police })
            #expect(updates.allSatisfy { $0.keyString == tasking.caseId })
            let open = try await police.json(.get, "/v1/taskings").body["taskings"] as? [Any]
            #expect(open?.isEmpty == true, "a completed tasking is no longer open")
        }
    }
}
