import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MASHCore
import MASHKafka
import MASHTestSupport
import Testing
@testable import MASHWorkspace

/// The JSON API over real HTTP, on a read model fed from a real embedded broker.
@Suite("Workspace API", .serialized)
struct WorkspaceAPITests {
    @Test("logging in: a wrong password is 401; the session cookie is HttpOnly and SameSite=Strict; nothing is served without it")
    func login() async throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        try await fixture.workspace().test(.live) { client in
            var api = APIClient(client)
            #expect(try await api.send(.get, "/api/cases").status == .unauthorized)
            #expect(try await api.login("manager", password: "wrong password entirely").status == .unauthorized)
            #expect(try await api.login("nobody").status == .unauthorized)
            #expect(try await api.send(.post, "/api/session", body: "{\"username\": 3}").status == .badRequest)
            // A body that reads two ways (Foundation took the first name) is refused, not guessed at.
            let twice = #"{"username": "manager", "username": "auditor", "password": "x"}"#
            #expect(try await api.send(.post, "/api/session", body: twice).status == .badRequest)
            let response = try await api.login("manager")
            #expect(response.status == .ok)
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.hasPrefix("mash_session="))
            #expect(api.csrf?.isEmpty == false)
            #expect(try await api.send(.get, "/api/cases").status == .ok)
            let openAPI = try await api.send(.get, "/api/openapi.json")
            #expect(openAPI.status == .ok)
            let document = try JSONSerialization.jsonObject(with: Data(buffer: openAPI.body)) as? [String: Any]
            #expect((document?["paths"] as? [String: Any])?.keys.contains("/api/cases/{caseId}/sign-off") == true)
        }
    }

    @Test("the queue lists the held case first and the issued one as issued; a case is served whole; an unknown one is 404")
    func queueAndCase() async throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        try await fixture.seed()
        try await fixture.workspace().test(.live) { client in
            var api = APIClient(client)
            try await api.login("auditor")
            try await api.waitForCases(2)
            let all = try await api.json("/api/cases")["cases"] as? [[String: Any]] ?? []
            #expect(all.map { $0["caseId"] as? String } == [fixture.heldCase.caseId, fixture.issuedCase.caseId])
            #expect(all.first?["status"] as? String == "awaiting-sign-off" && all.first?["rag"] as? String == "red")
            #expect((all.first?["heldBecause"] as? [String])?.isEmpty == false)
            let held = try await api.json("/api/cases?status=awaiting-sign-off")["cases"] as? [[String: Any]] ?? []
            #expect(held.count == 1)
            let issued = try await api.json("/api/cases?status=issued")["cases"] as? [[String: Any]] ?? []
            #expect(issued.map { $0["caseId"] as? String } == [fixture.issuedCase.caseId])
            #expect(try await api.send(.get, "/api/cases?status=lost").status == .badRequest)
            let whole = try await api.json("/api/cases/\(fixture.heldCase.caseId)")
            #expect((whole["proposal"] as? [String: Any])?["proposalDigest"] is String)
            #expect((whole["caseFile"] as? [String: Any])?["research"] != nil)
            #expect(whole["auditChainIntact"] as? Bool == true)
            #expect(try await api.send(.get, "/api/cases/CASE-NOPE").status == .notFound)
        }
    }

    @Test("the dashboard gives the monitoring figures from the read model, to people logged in only, under a policy that admits only its own style")
    func dashboard() async throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        try await fixture.seed()
        try await fixture.workspace().test(.live) { client in
            var api = APIClient(client)
            let anonymous = try await api.send(.get, "/dashboard")
            #expect(anonymous.status == .seeOther || anonymous.status == .found, "to the login page")
            try await api.login("auditor")
            try await api.waitForCases(2)
            let page = try await api.send(.get, "/dashboard?days=366")
            let html = String(buffer: page.body)
            #expect(page.status == .ok && html.contains("MASH monitoring report"))
            #expect(html.contains("(UTC): 2."), "both seeded cases: \(html.prefix(600))")
            let policy = page.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.hasPrefix("default-src 'none'; style-src 'sha256-") && !policy.contains("unsafe-inline"))
        }
    }

    @Test("who may sign off: an auditor and a researcher may not (403), a sergeant may confirm but not override, and every change needs the CSRF header")
    func rolesAndCSRF() async throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        try await fixture.seed()
        let path = "/api/cases/\(fixture.heldCase.caseId)/sign-off"
        let confirm: [String: any Sendable] = ["action": "confirm", "rationale": "The police account and the disclosure agree; strategy today."]
        try await fixture.workspace().test(.live) { client in
            var api = APIClient(client)
            try await api.login("auditor")
            try await api.waitForCases(2)
            #expect(try await api.send(.post, path, json: confirm).status == .forbidden)
            try await api.login("researcher")
            #expect(try await api.send(.post, path, json: ["action": "override", "outcome": "early-help", "rationale": confirm["rationale"]!]).status == .forbidden)
            #expect(try await api.send(.post, path, json: confirm).status == .forbidden)
            try await api.login("sergeant")
            let override = try await api.send(.post, path, json: ["action": "override", "outcome": "early-help", "rationale": confirm["rationale"]!])
            #expect(override.status == .forbidden, "\(String(buffer: override.body))")
            try await api.login("manager")
            let noCSRF = try await api.send(.post, path, json: confirm, csrf: false)
            #expect(noCSRF.status == .forbidden && noCSRF.error?.field == "X-CSRF-Token")
            var forged = api
            forged.csrf = "not-the-token"
            #expect(try await forged.send(.post, path, json: confirm).status == .forbidden)
            var anonymous = APIClient(client)
            anonymous.csrf = api.csrf
            #expect(try await anonymous.send(.post, path, json: confirm).status == .unauthorized)
        }
    }

    @Test("a sign-off is checked (422 naming the field, 409 when stale or already signed) and then sent to mash.sign-off with the person")
    func signOff() async throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        try await fixture.seed()
        let caseId = fixture.heldCase.caseId
        let path = "/api/cases/\(caseId)/sign-off"
        let rationale = "The police account and the disclosure agree; strategy discussion today."
        try await fixture.workspace().test(.live) { client in
            var api = APIClient(client)
            try await api.login("manager")
            try await api.waitForCases(2)
            let short = try await api.send(.post, path, json: ["action": "confirm", "rationale": "Agreed."])
            #expect(short.status == .unprocessableContent && short.error?.field == "rationale")
            let badAction = try await api.send(.post, path, json: ["action": "approve", "rationale": rationale])
            #expect(badAction.status == .unprocessableContent && badAction.error?.field == "action")
            let noOutcome = try await api.send(.post, path, json: ["action": "override", "rationale": rationale])
            #expect(noOutcome.status == .unprocessableContent && noOutcome.error?.field == "outcome")
            let badLevel = try await api.send(.post, path, json: ["action": "re-rate", "level": 7, "rationale": rationale])
            #expect(badLevel.status == .unprocessableContent && badLevel.error?.field == "level")
            let stale = try await api.send(.post, path, json: ["action": "confirm", "rationale": rationale, "proposalDigest": String(repeating: "a", count: 64)])
            #expect(stale.status == .conflict && stale.error?.field == "proposalDigest")
            let notHeld = try await api.send(.post, "/api/cases/\(fixture.issuedCase.caseId)/sign-off", json: ["action": "confirm", "rationale": rationale])
            #expect(notHeld.status == .conflict)

            let accepted = try await api.send(.post, path, json: ["action": "confirm", "rationale": rationale])
            #expect(accepted.status == .accepted, "\(String(buffer: accepted.body))")
            let again = try await api.send(.post, path, json: ["action": "confirm", "rationale": rationale])
            #expect(again.status == .conflict && again.error?.reason.contains("already signed this proposal off") == true)
            let whole = try await api.json("/api/cases/\(caseId)")
            #expect((whole["case"] as? [String: Any])?["signOffPending"] as? Bool == true)
        }
        let sent = try await fixture.test.collect(["mash.sign-off"], timeout: .seconds(20)) { !$0.isEmpty }
        let signOff = try MASHJSON.decode(SignOff.self, from: Data(try #require(sent.first).value))
        #expect(sent.count == 1)
        #expect(signOff.caseId == caseId && signOff.action == .confirm && signOff.rationale == rationale)
        #expect(signOff.signedBy == Practitioner(username: "manager", name: "Test Manager", role: .socialCareManager, agency: .socialCare))
        #expect(sent.first?.keyString == caseId)
        #expect(sent.first?.header(IdempotencyKey.header) != nil)
    }

    @Test("a researcher escalates (the case is listed as escalated, with an audit record chained to the case's); an auditor may not; the hub manager resolves it")
    func escalation() async throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        try await fixture.seed()
        let caseId = fixture.issuedCase.caseId
        let reasons = "Education holds attendance records that were not researched; the level looks too low."
        try await fixture.workspace().test(.live) { client in
            var api = APIClient(client)
            try await api.login("auditor")
            try await api.waitForCases(2)
            #expect(try await api.send(.post, "/api/cases/\(caseId)/escalation", json: ["reason": reasons]).status == .forbidden)
            try await api.login("researcher")
            let short = try await api.send(.post, "/api/cases/\(caseId)/escalation", json: ["reason": "too low"])
            #expect(short.status == .unprocessableContent && short.error?.field == "reason")
            #expect(try await api.send(.post, "/api/cases/\(caseId)/escalation", json: ["reason": reasons]).status == .accepted)
            let escalated = try await api.json("/api/cases?status=escalated")["cases"] as? [[String: Any]] ?? []
            #expect(escalated.map { $0["caseId"] as? String } == [caseId])
            #expect(try await api.send(.post, "/api/cases/\(caseId)/escalation/resolution", json: ["resolution": reasons]).status == .forbidden)
            try await api.login("hub")
            let resolved = try await api.send(.post, "/api/cases/\(caseId)/escalation/resolution",
                                              json: ["resolution": "Agreed with education: the decision stands, attendance added to the early help plan."])
            #expect(resolved.status == .accepted)
            #expect((try await api.json("/api/cases?status=escalated")["cases"] as? [[String: Any]] ?? []).isEmpty)
            let whole = try await api.json("/api/cases/\(caseId)")
            let audit = whole["audit"] as? [[String: Any]] ?? []
            #expect(audit.compactMap { $0["action"] as? String }.suffix(2) == ["escalation-raised", "escalation-resolved"])
            #expect((audit.last?["by"] as? [String: Any])?["username"] as? String == "hub")
            #expect(whole["auditChainIntact"] as? Bool == true)
            #expect(try await api.send(.post, "/api/cases/\(caseId)/escalation/resolution", json: ["resolution": reasons]).status == .conflict)
        }
    }
}
